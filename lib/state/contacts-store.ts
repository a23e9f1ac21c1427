// The area being shown, mirrored from storage. The first screen renders synchronously from a
// same-origin localStorage hint so the popup never paints one area and then jumps to another;
// storage.local stays the source of truth and corrects the hint once read. The preferences
// schema (zod) loads after the first paint: nothing from storage is used before it is checked.
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { WxtStorageItem } from 'wxt/utils/storage';
import type { CallNowArea } from '../contacts/call-now-areas';
import type { Contact } from '../contacts/schema';
import type { Preferences } from '../settings/preferences';

const HINT_KEY = 'sc-area-hint';

export interface AreaHint {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface ExtraContact {
  areaId: string;
  contact: Contact;
}

export interface ContactsStoreEnv<A extends CallNowArea> {
  areas: readonly A[];
  item: WxtStorageItem<Preferences, Record<string, unknown>>;
  /** window.localStorage in pages; omitted in tests that do not care. */
  hint?: AreaHint;
  now?: () => Date;
  /** How often "open now" labels refresh. */
  tickMs?: number;
}

export interface ContactsStore<A extends CallNowArea = CallNowArea> {
  areaId: ReadonlySignal<string>;
  /** The chosen area with the organisation's extra contacts added. */
  area: ReadonlySignal<A>;
  /** The organisation's extra contacts for the chosen area (for the full list). */
  extraContacts: ReadonlySignal<Contact[]>;
  /** Set by managed policy: the area select is disabled and says why. */
  lockedBy: ReadonlySignal<string | null>;
  now: ReadonlySignal<Date>;
  problem: ReadonlySignal<string | null>;
  /** Resolves once storage has been read; the UI never waits on it to paint. */
  ready: Promise<void>;
  setArea(id: string): Promise<void>;
  applyPolicy(policy: { defaultAreaId?: string; lockArea?: boolean; extraContacts?: ExtraContact[] }): void;
  dispose(): void;
}

const loadParser = () => import('../settings/preferences').then((m) => m.parsePreferences);

export function createContactsStore<A extends CallNowArea>(env: ContactsStoreEnv<A>): ContactsStore<A> {
  const { areas, item, hint } = env;
  const clock = env.now ?? (() => new Date());
  const known = (id: string | null | undefined): id is string => !!id && areas.some((a) => a.id === id);
  const firstArea = areas[0];
  if (!firstArea) throw new Error('No areas bundled');

  let hinted: string | null = null;
  try {
    hinted = hint?.getItem(HINT_KEY) ?? null;
  } catch {
    hinted = null;
  }
  const chosen = signal<string | null>(known(hinted) ? hinted : null);
  const policyArea = signal<string | null>(null);
  const locked = signal(false);
  const extras = signal<ExtraContact[]>([]);
  const problem = signal<string | null>(null);
  const now = signal(clock());

  const areaId = computed(() => {
    if (locked.value && known(policyArea.value)) return policyArea.value;
    return chosen.value ?? (known(policyArea.value) ? policyArea.value : firstArea.id);
  });
  const extraContacts = computed(() => extras.value.filter((e) => e.areaId === areaId.value).map((e) => e.contact));
  const area = computed(() => {
    const base = areas.find((a) => a.id === areaId.value) ?? firstArea;
    return extraContacts.value.length ? ({ ...base, contacts: [...base.contacts, ...extraContacts.value] } as A) : base;
  });
  const lockedBy = computed(() =>
    locked.value && known(policyArea.value) ? 'Your organisation has set this area.' : null,
  );

  const remember = (id: string | null) => {
    chosen.value = known(id) ? id : null;
    try {
      if (chosen.value) hint?.setItem(HINT_KEY, chosen.value);
    } catch {
      // A full or disabled localStorage only costs the paint hint.
    }
  };

  // A choice made before storage answered wins over what storage held.
  let chosenHere = false;
  const ready = Promise.all([item.getValue(), loadParser()]).then(
    ([raw, parse]) => {
      const { value, problem: p } = parse(raw);
      problem.value = p;
      if (!chosenHere) remember(value.areaId);
    },
    (error: unknown) => {
      problem.value = `Your saved area could not be read (${String(error)}). Choose your area again.`;
    },
  );
  const unwatch = item.watch((raw) => void loadParser().then((parse) => remember(parse(raw).value.areaId)));
  const timer = setInterval(() => (now.value = clock()), env.tickMs ?? 30_000);

  return {
    areaId,
    area,
    extraContacts,
    lockedBy,
    now,
    problem,
    ready,
    async setArea(id) {
      if (!known(id) || lockedBy.value) return;
      chosenHere = true;
      remember(id);
      const [raw, parse] = await Promise.all([item.getValue(), loadParser()]);
      await item.setValue({ ...parse(raw).value, areaId: id });
    },
    applyPolicy(policy) {
      policyArea.value = known(policy.defaultAreaId) ? policy.defaultAreaId : null;
      locked.value = !!policy.lockArea;
      extras.value = policy.extraContacts ?? [];
    },
    dispose() {
      unwatch();
      clearInterval(timer);
    },
  };
}
