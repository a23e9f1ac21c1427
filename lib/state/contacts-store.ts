// The area being shown, mirrored from storage. The first screen renders synchronously from a
// same-origin localStorage hint so the popup never paints one area and then jumps to another;
// storage.local stays the source of truth and corrects the hint once read.
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { WxtStorageItem } from 'wxt/utils/storage';
import type { Area, Contact } from '../contacts/schema';
import { parsePreferences, type Preferences } from '../settings/preferences';

const HINT_KEY = 'sc-area-hint';

export interface AreaHint {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface ContactsStoreEnv {
  areas: readonly Area[];
  item: WxtStorageItem<Preferences, Record<string, unknown>>;
  /** window.localStorage in pages; omitted in tests that do not care. */
  hint?: AreaHint;
  now?: () => Date;
  /** How often "open now" labels refresh. */
  tickMs?: number;
}

export interface ContactsStore {
  areaId: ReadonlySignal<string>;
  area: ReadonlySignal<Area>;
  /** Set by managed policy: the area select is disabled and says why. */
  lockedBy: ReadonlySignal<string | null>;
  now: ReadonlySignal<Date>;
  problem: ReadonlySignal<string | null>;
  /** Resolves once storage has been read; the UI never waits on it to paint. */
  ready: Promise<void>;
  setArea(id: string): Promise<void>;
  applyPolicy(policy: { defaultAreaId?: string; lockArea?: boolean; extraContacts?: { areaId: string; contact: Contact }[] }): void;
  dispose(): void;
}

export function createContactsStore(env: ContactsStoreEnv): ContactsStore {
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
  const extras = signal<{ areaId: string; contact: Contact }[]>([]);
  const problem = signal<string | null>(null);
  const now = signal(clock());

  const areaId = computed(() => {
    if (locked.value && known(policyArea.value)) return policyArea.value;
    return chosen.value ?? (known(policyArea.value) ? policyArea.value : firstArea.id);
  });
  const area = computed(() => {
    const base = areas.find((a) => a.id === areaId.value) ?? firstArea;
    const added = extras.value.filter((e) => e.areaId === base.id).map((e) => e.contact);
    return added.length ? { ...base, contacts: [...base.contacts, ...added] } : base;
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

  const ready = item.getValue().then(
    (raw) => {
      const { value, problem: p } = parsePreferences(raw);
      problem.value = p;
      remember(value.areaId);
    },
    (error: unknown) => {
      problem.value = `Your saved area could not be read (${String(error)}). Choose your area again.`;
    },
  );
  const unwatch = item.watch((raw) => remember(parsePreferences(raw).value.areaId));
  const timer = setInterval(() => (now.value = clock()), env.tickMs ?? 30_000);

  return {
    areaId,
    area,
    lockedBy,
    now,
    problem,
    ready,
    async setArea(id) {
      if (!known(id) || lockedBy.value) return;
      remember(id);
      const current = parsePreferences(await item.getValue()).value;
      await item.setValue({ ...current, areaId: id });
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
