// The drafts as signals, mirroring 'local:drafts'. This page's edits show at once and are written
// after a short pause (or at once when the page hides); every write and every change from another
// page is merged per item, so nothing typed here or elsewhere is overwritten.
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Area } from '../contacts/schema';
import { dueFrom } from '../referral/deadline';
import { editItem, editMeta, type ItemPatch } from '../referral/draft';
import type { SaveRelay } from '../storage/save-relay';
import { mergeFiles, sameValue } from '../referral/merge';
import { createDraft, telephoneNotes } from '../referral/prefill';
import { EMPTY_DRAFTS, type Draft, type DraftsFile, type Telephone } from '../referral/schema';
import type { Subject } from '../referral/checklist';
import type { Profile } from '../settings/profile';
import { checkDrafts, readDrafts, updateDrafts, type DraftsItem } from '../storage/drafts';
import {
  quarantineItem,
  readQuarantine,
  saveErrorMessage,
  type QuarantineEntry,
  type QuarantineItem,
} from '../storage/quarantine';

export interface DraftsStoreOptions {
  bankHolidays: ReadonlySet<string>;
  now?: () => Date;
  debounceMs?: number;
  quarantine?: QuarantineItem;
  /** Looks up an area's rule when the call time changes (bundled `findArea`). */
  findArea?: (id: string) => Area | undefined;
  newId?: () => string;
  /** Where the pagehide flush also posts its save (the background), for browsers that drop it. */
  relay?: SaveRelay;
}

export interface NewDraft {
  subject: Subject;
  areaId: string;
  area: Area | undefined;
  callAt: Date;
  takenBy: string;
  reference: string;
  profile: Profile;
  /** The organisation's address from policy, for the Referrer section. */
  referrerAddress?: string;
}

export interface NearestDue {
  draft: Draft;
  due: Date;
}

/** Open drafts first, the one last edited first (where the practitioner left off); submitted ones after. */
export function sortByLastEdited(drafts: readonly Draft[]): Draft[] {
  return [...drafts].sort(
    (a, b) => (a.submittedAt ? 1 : 0) - (b.submittedAt ? 1 : 0) || Date.parse(b.updatedAt) - Date.parse(a.updatedAt),
  );
}

function randomId(): string {
  return crypto.randomUUID();
}

export function createDraftsStore(item: DraftsItem, options: DraftsStoreOptions) {
  const now = options.now ?? (() => new Date());
  const debounceMs = options.debounceMs ?? 300;
  const quarantine = options.quarantine ?? quarantineItem();
  const newId = options.newId ?? randomId;
  const env = () => ({ quarantine, now: now() });

  const file = signal<DraftsFile>(EMPTY_DRAFTS);
  const ready = signal(false);
  const saveError = signal<string | null>(null);
  const setAsideEntries = signal<QuarantineEntry[]>([]);
  const status = signal('');

  // What storage held when last seen, and whether this page holds anything storage lacks.
  let stored: DraftsFile = EMPTY_DRAFTS;
  let dirty = false;
  // Unreadable drafts seen in storage: only the reading write path may run, which sets them aside.
  let unreadSeen = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | undefined;

  const drafts = computed(() => sortByLastEdited(Object.values(file.value.drafts)));
  const open = computed(() => drafts.value.filter((d) => !d.submittedAt));
  const openCount = computed(() => open.value.length);
  const nearestDue = computed<NearestDue | null>(() => {
    const due = open.value.filter((x) => x.dueAt).sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!));
    const d = due[0];
    return d?.dueAt ? { draft: d, due: new Date(d.dueAt) } : null;
  });

  function take(remote: DraftsFile) {
    stored = remote;
    const merged = mergeFiles(remote, file.value);
    if (!sameValue(merged, file.value)) file.value = merged;
    // This page holds something storage lacks (a write of ours was overtaken): write it again.
    if (!sameValue(merged, remote)) markDirty();
  }

  function onRemote(raw: unknown) {
    const { file: remote, bad } = checkDrafts(raw, item.key);
    if (bad.length > 0) {
      unreadSeen = true;
      markDirty();
    }
    take(remote);
  }

  function markDirty(delayMs = debounceMs) {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  }

  async function write(): Promise<void> {
    dirty = false;
    try {
      // What the page holds when the read returns, so nothing typed meanwhile is written over.
      const result = await updateDrafts(item, env(), () => file.value);
      unreadSeen = false;
      if (result.setAside > 0) setAsideEntries.value = await readQuarantine(quarantine);
      take(result.file);
      saveError.value = null;
    } catch (error) {
      // Keep everything on screen and try again on the next edit or when the page hides.
      dirty = true;
      saveError.value = saveErrorMessage(error);
    }
  }

  /** Writes pending edits now (reading and merging first). */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    while (writing) await writing;
    if (!dirty) return;
    writing = write().finally(() => (writing = undefined));
    await writing;
  }

  /**
   * For pagehide: the page may be gone before a read returns, so the write is issued in this
   * task, merged with the last value seen from storage. Another page that saved meanwhile puts
   * its own edits back when it sees this change (take() above).
   */
  function flushNow(): Promise<void> {
    clearTimeout(timer);
    if (!dirty) return writing ?? Promise.resolve();
    if (unreadSeen) return flush();
    dirty = false;
    const next = mergeFiles(stored, file.value);
    stored = next;
    options.relay?.({ key: 'drafts', file: next });
    return item.setValue(next).then(
      () => {
        saveError.value = null;
      },
      (error: unknown) => {
        dirty = true;
        saveError.value = saveErrorMessage(error);
      },
    );
  }

  function change(draftId: string, fn: (d: Draft) => Draft, delayMs?: number): boolean {
    const d = file.value.drafts[draftId];
    if (!d) return false;
    file.value = { ...file.value, drafts: { ...file.value.drafts, [draftId]: fn(d) } };
    markDirty(delayMs);
    return true;
  }

  // Prefilled telephone notes follow the call details, unless the user has rewritten them.
  function refreshTelephoneNotes(before: Draft, after: Draft, at: Date): Draft {
    const area = options.findArea?.(after.areaId);
    const oldNotes = telephoneNotes(before.telephone, before.dueAt, area);
    const newNotes = telephoneNotes(after.telephone, after.dueAt, area);
    let d = after;
    for (const [id, fresh] of Object.entries(newNotes)) {
      const current = d.items[id];
      const untouched = !current || current.note === '' || current.note === oldNotes[id]?.note;
      if (untouched && current?.note !== fresh.note) {
        d = editItem(d, id, { note: fresh.note, status: fresh.done ? 'done' : current?.status === 'na' ? 'na' : 'todo' }, at);
      }
    }
    return d;
  }

  const actions = {
    create(input: NewDraft): string {
      const id = newId();
      const draft = createDraft({ id, ...input }, now(), options.bankHolidays);
      file.value = { ...file.value, drafts: { ...file.value.drafts, [id]: draft } };
      status.value = 'Referral draft started.';
      markDirty(0);
      return id;
    },
    updateItem(draftId: string, itemId: string, patch: ItemPatch): void {
      change(draftId, (d) => editItem(d, itemId, patch, now()));
    },
    setTelephone(draftId: string, patch: Partial<Telephone>): void {
      change(draftId, (d) => {
        const at = now();
        const telephone = { ...d.telephone, ...patch };
        let dueAt = d.dueAt;
        if (d.dueSource === 'area-rule' && telephone.at !== d.telephone.at) {
          const due = dueFrom(new Date(telephone.at), options.findArea?.(d.areaId)?.referral.deadline, options.bankHolidays);
          dueAt = due ? due.toISOString() : d.dueAt;
        }
        return refreshTelephoneNotes(d, editMeta(d, { telephone, dueAt }, at), at);
      });
    },
    setDue(draftId: string, due: Date | null): void {
      change(draftId, (d) => {
        const at = now();
        return refreshTelephoneNotes(d, editMeta(d, { dueAt: due ? due.toISOString() : null, dueSource: 'user' }, at), at);
      });
    },
    setConcernTypes(draftId: string, concernTypes: string[]): void {
      change(draftId, (d) => editMeta(d, { concernTypes }, now()));
    },
    markSubmitted(draftId: string, submitted = true): void {
      const ok = change(draftId, (d) => editMeta(d, { submittedAt: submitted ? now().toISOString() : null }, now()), 0);
      if (ok) status.value = submitted ? 'Marked as submitted.' : 'Marked as not submitted.';
    },
    deleteDraft(draftId: string): void {
      if (!file.value.drafts[draftId]) return;
      const drafts = { ...file.value.drafts };
      delete drafts[draftId];
      file.value = { drafts, deleted: { ...file.value.deleted, [draftId]: now().toISOString() } };
      status.value = 'Draft deleted.';
      markDirty(0);
    },
    deleteAll(): void {
      const at = now().toISOString();
      const deleted = { ...file.value.deleted };
      for (const id of Object.keys(file.value.drafts)) deleted[id] = at;
      file.value = { drafts: {}, deleted };
      status.value = 'All drafts deleted.';
      markDirty(0);
    },
    async clearSetAside(): Promise<void> {
      await quarantine.setValue([]);
      setAsideEntries.value = [];
      status.value = 'Set-aside data deleted.';
    },
    flush,
    flushNow,
  };

  const unwatch = item.watch((value) => onRemote(value));
  const unwatchQuarantine = quarantine.watch(async () => {
    setAsideEntries.value = await readQuarantine(quarantine);
  });

  const hydrated = (async () => {
    try {
      const read = await readDrafts(item, env());
      take(read.file);
      setAsideEntries.value = await readQuarantine(quarantine);
    } catch {
      saveError.value = 'Could not read saved drafts. Close and reopen this page; nothing has been deleted.';
    } finally {
      ready.value = true;
    }
  })();

  return {
    drafts: drafts as ReadonlySignal<Draft[]>,
    openCount: openCount as ReadonlySignal<number>,
    nearestDue: nearestDue as ReadonlySignal<NearestDue | null>,
    ready: ready as ReadonlySignal<boolean>,
    /** A save that failed (storage full…): shown until a later save works. */
    saveError: saveError as ReadonlySignal<string | null>,
    /** Values set aside because they could not be read; the UI offers them for export. */
    setAside: setAsideEntries as ReadonlySignal<QuarantineEntry[]>,
    /** Short messages for a polite live region. */
    status: status as ReadonlySignal<string>,
    hydrated,
    draft: (id: string): Draft | undefined => file.value.drafts[id],
    ...actions,
    delete: actions.deleteDraft,
    dispose(): void {
      clearTimeout(timer);
      unwatch();
      unwatchQuarantine();
    },
  };
}

export type DraftsStore = ReturnType<typeof createDraftsStore>;

type HideTarget = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
};

/** Saves at once when the page is hidden or closed; returns the unbind function. */
export function bindFlushOnHide(store: Pick<DraftsStore, 'flushNow'>, win: HideTarget): () => void {
  const onPageHide = () => void store.flushNow();
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') void store.flushNow();
  };
  win.addEventListener('pagehide', onPageHide);
  win.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('pagehide', onPageHide);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}
