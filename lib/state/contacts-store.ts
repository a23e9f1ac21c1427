// The area being shown, mirrored from storage. The first screen renders synchronously from a
// same-origin localStorage copy of the last area shown (area-hint.ts), so the popup never paints
// one area and then jumps to another; storage.local stays the source of truth and corrects it
// once read. Any other area's numbers load from its own chunk when it is chosen. The
// preferences schema (zod) loads after the first paint: nothing from storage is used unchecked.
import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { readAreaHint, writeAreaHint, type AreaHintStorage } from '../contacts/area-hint';
import type { CallNowArea } from '../contacts/call-now-areas';
import { applyCorrections, type CorrectionLike } from '../contacts/corrections';
import type { Contact } from '../contacts/schema';
import type { Preferences } from '../settings/preferences';

export type { AreaHintStorage } from '../contacts/area-hint';

export interface ExtraContact {
  areaId: string;
  contact: Contact;
}

export interface ContactsStoreEnv {
  item: WxtStorageItem<Preferences, Record<string, unknown>>;
  /** One area's call-now view from its chunk (areas.ts loadCallNow); undefined: no such area. */
  loadCallNow(id: string): Promise<CallNowArea | undefined>;
  /** window.localStorage in pages; omitted in tests that do not care. */
  hint?: AreaHintStorage;
  now?: () => Date;
  /** How often "open now" labels refresh. */
  tickMs?: number;
}

export interface ContactsStore {
  /** The area in force: locked by policy, chosen, the policy's default, or null (none yet). */
  areaId: ReadonlySignal<string | null>;
  /** Its call-now view with the organisation's extra contacts; null while it loads or when none. */
  area: ReadonlySignal<CallNowArea | null>;
  /** The area chosen by the practitioner (their own), for the picker's "your area". */
  ownAreaId: ReadonlySignal<string | null>;
  /** The policy's default area, for the picker's "your organisation's area". */
  policyAreaId: ReadonlySignal<string | null>;
  /** The organisation's extra contacts for the chosen area (for the full list). */
  extraContacts: ReadonlySignal<Contact[]>;
  /** The organisation's corrections to shipped contacts (policy contactCorrections). */
  corrections: ReadonlySignal<readonly CorrectionLike[]>;
  /** Set by managed policy: the area picker is disabled and says why. */
  lockedBy: ReadonlySignal<string | null>;
  now: ReadonlySignal<Date>;
  problem: ReadonlySignal<string | null>;
  /** Resolves once storage has been read; the UI never waits on it to paint. */
  ready: Promise<void>;
  /** The same, as a signal: until then the area shown is the paint hint's. */
  settled: ReadonlySignal<boolean>;
  setArea(id: string): Promise<void>;
  /** The practice's own contacts (options "Add a contact"), by area or "all". */
  applyOwnContacts(entries: readonly ExtraContact[]): void;
  applyPolicy(policy: { defaultAreaId?: string; lockArea?: boolean; extraContacts?: ExtraContact[]; contactCorrections?: CorrectionLike[] }): void;
  dispose(): void;
}

const loadParser = () => import('../settings/preferences').then((m) => m.parsePreferences);

export function createContactsStore(env: ContactsStoreEnv): ContactsStore {
  const { item, hint } = env;
  const clock = env.now ?? (() => new Date());
  const hinted = readAreaHint(hint);

  const chosen = signal<string | null>(hinted.id);
  const policyArea = signal<string | null>(null);
  const locked = signal(false);
  const extras = signal<ExtraContact[]>([]);
  const corrections = signal<readonly CorrectionLike[]>([]);
  const own = signal<readonly ExtraContact[]>([]);
  const problem = signal<string | null>(null);
  const now = signal(clock());
  // Views loaded so far, by id; the hint's view is the first.
  const views = signal<ReadonlyMap<string, CallNowArea>>(new Map(hinted.view ? [[hinted.view.id, hinted.view]] : []));

  const areaId = computed(() => {
    if (locked.value && policyArea.value) return policyArea.value;
    return chosen.value ?? policyArea.value;
  });
  // The organisation's contacts for this area, then the practice's own (for it, or for every area).
  const extraContacts = computed(() =>
    [...extras.value, ...own.value].filter((e) => e.areaId === areaId.value || e.areaId === 'all').map((e) => e.contact),
  );
  const area = computed(() => {
    const base = areaId.value ? views.value.get(areaId.value) : undefined;
    if (!base) return null;
    const contacts = applyCorrections(base.contacts, corrections.value);
    return extraContacts.value.length || corrections.value.length ? { ...base, contacts: [...contacts, ...extraContacts.value] } : base;
  });
  const lockedBy = computed(() => (locked.value && policyArea.value ? 'Your organisation has set this area.' : null));

  // Whatever area is in force, fetch its chunk if it is not here yet; keep the newest as the hint.
  const requested = new Set<string>();
  const stopLoading = effect(() => {
    const id = areaId.value;
    if (!id || views.peek().has(id) || requested.has(id)) return;
    requested.add(id);
    void env.loadCallNow(id).then(
      (view) => {
        requested.delete(id);
        if (!view) {
          // A saved id this version does not know (renamed or removed area): say so, ask again.
          if (chosen.peek() === id) chosen.value = null;
          if (policyArea.peek() === id) policyArea.value = null;
          problem.value = 'The area you used before is not in this version. Choose your area again.';
          return;
        }
        views.value = new Map(views.peek()).set(id, view);
      },
      () => {
        requested.delete(id);
        problem.value = 'The numbers for this area could not be loaded. Reopen this page; if it happens again, reinstall the extension.';
      },
    );
  });
  const stopHint = effect(() => {
    const shown = areaId.value ? views.value.get(areaId.value) : undefined;
    if (shown && chosen.value === shown.id) writeAreaHint(hint, shown);
  });

  // A choice made before storage answered wins over what storage held.
  let chosenHere = false;
  const settled = signal(false);
  const ready = Promise.all([item.getValue(), loadParser()]).then(
    ([raw, parse]) => {
      const { value, problem: p } = parse(raw);
      problem.value = p;
      if (!chosenHere) chosen.value = value.areaId;
    },
    (error: unknown) => {
      problem.value = `Your saved area could not be read (${String(error)}). Choose your area again.`;
    },
  ).finally(() => (settled.value = true));
  const unwatch = item.watch((raw) => void loadParser().then((parse) => (chosen.value = parse(raw).value.areaId)));
  const timer = setInterval(() => (now.value = clock()), env.tickMs ?? 30_000);

  return {
    areaId,
    area,
    ownAreaId: chosen,
    policyAreaId: policyArea,
    extraContacts,
    corrections,
    lockedBy,
    now,
    problem,
    ready,
    settled,
    async setArea(id) {
      if (lockedBy.value) return;
      chosenHere = true;
      chosen.value = id;
      const [raw, parse] = await Promise.all([item.getValue(), loadParser()]);
      await item.setValue({ ...parse(raw).value, areaId: id });
    },
    applyOwnContacts(entries) {
      own.value = entries;
    },
    applyPolicy(policy) {
      policyArea.value = policy.defaultAreaId ?? null;
      locked.value = !!policy.lockArea;
      extras.value = policy.extraContacts ?? [];
      corrections.value = policy.contactCorrections ?? [];
    },
    dispose() {
      unwatch();
      stopLoading();
      stopHint();
      clearInterval(timer);
    },
  };
}
