// What the benchmark puts into storage.local before it measures, in the stored shapes of
// lib/settings/preferences.ts and lib/storage/drafts.ts (version 2, lib/referral/schema.ts).
// WXT keeps an item's version under "<key>$", so the meta keys are written too: without them the
// product would run its 1 → 2 migration on the seeded drafts.

export const BENCH_AREA = 'wolverhampton';

/** `count` open drafts, due one after another from `now`. Pure. */
export function benchDrafts(count, now = new Date()) {
  const drafts = {};
  const iso = (ms) => new Date(ms).toISOString();
  const t = now.getTime();
  for (let i = 1; i <= count; i++) {
    const id = `bench-draft-${i}`;
    const at = iso(t - i * 60 * 60_000);
    drafts[id] = {
      id,
      subject: i % 2 ? 'child' : 'adult',
      areaId: BENCH_AREA,
      telephone: { at, takenBy: `Duty worker ${i}`, reference: `BENCH-${i}` },
      dueAt: iso(t + (24 - i) * 60 * 60_000),
      dueSource: 'area-rule',
      items: {
        'safety.actions': { status: 'done', note: `Bench note ${i}: actions already taken.`, updatedAt: at, rev: 1 },
      },
      referrer: { name: 'Bench Practitioner', role: 'GP', organisation: 'Bench Surgery', phone: '01902 000000', email: 'bench@example.nhs.uk' },
      concernTypes: [],
      createdAt: at,
      updatedAt: at,
      metaUpdatedAt: at,
      revision: 1,
      submittedAt: null,
    };
  }
  return { drafts, deleted: {} };
}

export function seedValues({ drafts = 0, now = new Date() } = {}) {
  return {
    preferences: { areaId: BENCH_AREA, retentionDays: 30 },
    'preferences$': { v: 1 },
    profile: { name: 'Bench Practitioner', role: 'GP', organisation: 'Bench Surgery', phone: '01902 000000', email: 'bench@example.nhs.uk' },
    'profile$': { v: 1 },
    drafts: benchDrafts(drafts, now),
    'drafts$': { v: 2 },
  };
}

/** Replaces storage.local with `values`, from the service worker. */
export async function seedStorage(worker, values) {
  await worker.evaluate(async (v) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(v);
  }, values);
}
