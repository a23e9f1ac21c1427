// The side panel's referral drafts, loaded just after "Call now" is on screen: the draft schema,
// checklist and stores are most of the panel's code and none of them is needed to make a call.
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { ReferralDrafts } from '../../components/referral/ReferralDrafts';
import { BANK_HOLIDAYS } from '../../lib/contacts/bank-holidays';
import { AREA_INDEX, loadArea, loadedArea } from '../../lib/contacts/areas';
import { createResumeTracker, defineResumeItem, readResume, type Resume, type ResumeTracker } from '../../lib/referral/resume';
import { followManagedPolicy } from '../../lib/settings/load-policy';
import { referrerFrom } from '../../lib/settings/organisation';
import { preferencesItem } from '../../lib/settings/preferences';
import { profileItem } from '../../lib/settings/profile';
import { bindFlushOnHide, createDraftsStore } from '../../lib/state/drafts-store';
import { createProfileStore } from '../../lib/state/profile-store';
import { createSettingsStore } from '../../lib/state/settings-store';
import { draftsItem } from '../../lib/storage/drafts';
import { connectSaveRelay } from '../../lib/storage/save-relay';

const relay = connectSaveRelay(browser.runtime);
const drafts = createDraftsStore(draftsItem(), { bankHolidays: BANK_HOLIDAYS, findArea: loadedArea, relay });
// The full file of each draft's area (front door, deadline rule) loads before the drafts show;
// `areasLoaded` re-renders when one more arrives.
const areasLoaded = signal(0);
const ensureArea = (id: string) => {
  if (loadedArea(id)) return Promise.resolve();
  return loadArea(id).then(() => void areasLoaded.value++, () => undefined);
};
const draftAreasReady = signal(false);
void drafts.hydrated.then(() =>
  Promise.all(drafts.drafts.value.map((d) => ensureArea(d.areaId))).then(() => (draftAreasReady.value = true)),
);
bindFlushOnHide(drafts, window);
const profile = createProfileStore(profileItem(), { relay });
bindFlushOnHide(profile, window);
const settings = createSettingsStore(preferencesItem, followManagedPolicy);
// The organisation's details from policy fill what the practitioner left empty; what they typed wins.
const referrer = computed(() => referrerFrom(profile.profile.value, settings.policy.value.organisation));
const referrerAddress = computed(() => settings.policy.value.organisation?.address?.trim() ?? '');

// Where the practitioner left off in this browser session; undefined until read.
const resumeItem = defineResumeItem();
const resume = signal<{ start: Resume | null; tracker: ResumeTracker } | undefined>(undefined);
void readResume(resumeItem).then((start) => (resume.value = { start, tracker: createResumeTracker(resumeItem, start) }));

/** Saves anything typed and not yet written; the quick exit waits for it. */
export const flushDrafts = () => Promise.all([drafts.flushNow(), profile.flushNow()]).then(() => undefined);

export interface DraftsProps {
  currentAreaId: string | null;
  newDraftRequests: ReadonlySignal<number>;
  copy(text: string): Promise<void>;
  /** Told whether a draft is open (the page folds its full contact list meanwhile). */
  onDraftOpen?(open: boolean): void;
}

export function Drafts({ currentAreaId, newDraftRequests, copy, onDraftOpen }: DraftsProps) {
  const place = resume.value;
  // Wait for both, so a resumed draft opens at once instead of the list flashing first.
  if (!place || !drafts.ready.value || !draftAreasReady.value) return <p class="nhsuk-hint">Loading referral drafts…</p>;
  void areasLoaded.value; // subscribe: a draft from another page may name an area not loaded yet
  for (const d of drafts.drafts.value) if (!loadedArea(d.areaId)) void ensureArea(d.areaId);
  const start = place.start && drafts.draft(place.start.draftId) ? place.start : null;
  return (
    <ReferralDrafts
      initialDraftId={start?.draftId ?? null}
      initialItemId={start?.itemId ?? null}
      onPlace={(draftId, itemId) => {
        place.tracker.remember(draftId, itemId);
        onDraftOpen?.(draftId !== null);
      }}
      store={drafts}
      areas={AREA_INDEX}
      areaOf={loadedArea}
      loadArea={(id) => ensureArea(id).then(() => loadedArea(id))}
      currentAreaId={currentAreaId}
      profile={referrer}
      referrerAddress={referrerAddress}
      retentionDays={settings.retentionDays.value}
      copy={copy}
      print={() => window.print()}
      newDraftRequests={newDraftRequests.value}
    />
  );
}
