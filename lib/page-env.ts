// What every extension page (popup, side panel) needs from the browser, created once per page.
import type { AreaIndexEntry } from './contacts/area-options';
import type { PostcodeResult } from './contacts/postcode';
import { copyText } from './clipboard';
import { createContactsStore, type ContactsStore } from './state/contacts-store';
import { preferencesItem } from './settings/preferences-item';
import { signal, type ReadonlySignal } from '@preact/signals';
import { startPageQuickExit } from './quick-exit/browser-env';
import type { PageQuickExit } from './quick-exit/page';
import type { BrowserFamily } from './quick-exit/shortcuts';
import type { ShortcutsStore } from './state/shortcuts-store';

export interface PageEnv {
  contacts: ContactsStore;
  /** Every area's id and name, for the picker; null until it loads, just after the first paint. */
  areaIndex: ReadonlySignal<readonly AreaIndexEntry[] | null>;
  quickExit: PageQuickExit;
  /** The shortcuts in force, once read (after the first paint). */
  shortcuts: ReadonlySignal<{ store: ShortcutsStore; family: BrowserFamily } | null>;
  lookupPostcode(input: string): Promise<PostcodeResult>;
  copy(text: string): Promise<void>;
  /** Copies and tells the user, through the page's live region, what happened. */
  copyAndSay(say: (message: string) => void): (text: string, what: string) => void;
}

/** `flush` saves whatever the page holds unsaved before a quick exit closes it. */
export function createPageEnv(flush: () => Promise<void> | void = () => undefined, win: Window = window): PageEnv {
  // The index and every area's chunk load after the first paint, which needs none of them.
  const areas = import('./contacts/areas');
  const contacts = createContactsStore({
    item: preferencesItem,
    hint: win.localStorage,
    loadCallNow: (id) => areas.then((m) => m.loadCallNow(id)),
  });
  const areaIndex = signal<readonly AreaIndexEntry[] | null>(null);
  void areas.then((m) => (areaIndex.value = m.AREA_INDEX));
  // The last known policy, then the live one: never waited for, it only narrows what is shown
  // (and its reader loads after the first paint, like the policy's schema).
  void import('./settings/load-policy').then((m) => m.followManagedPolicy(({ policy }) => contacts.applyPolicy(policy)));
  // The practice's own contacts, kept in step with the options page.
  void import('./settings/own-contacts').then(({ defineOwnContactsItem, parseOwnContacts }) => {
    const item = defineOwnContactsItem();
    const apply = (raw: unknown) => contacts.applyOwnContacts(parseOwnContacts(raw).value.contacts);
    void item.getValue().then(apply, () => undefined);
    item.watch(apply);
  });
  const shortcuts = signal<{ store: ShortcutsStore; family: BrowserFamily } | null>(null);
  void import('./quick-exit/shortcuts-env').then((m) => {
    shortcuts.value = { store: m.startShortcutsStore(win), family: m.currentBrowserFamily(win) };
  });
  return {
    contacts,
    areaIndex,
    quickExit: startPageQuickExit({ flush, win }),
    shortcuts,
    async lookupPostcode(input) {
      // The parser and the district table load on the first lookup, not with the popup.
      const { loadPostcodeTable, lookupPostcode } = await import('./contacts/postcode');
      return lookupPostcode(input, await loadPostcodeTable(), (await areas).AREA_INDEX);
    },
    copy: (text) => copyText(text, win.document),
    copyAndSay: (say) => (text, what) =>
      void copyText(text, win.document).then(
        () => say(`Copied ${what}: ${text}`),
        (e: Error) => say(e.message),
      ),
  };
}
