import type { ComponentChildren } from 'preact';
import { useSignal, type ReadonlySignal } from '@preact/signals';
import type { AreaIndexEntry } from '../lib/contacts/area-options';
import type { PostcodeResult } from '../lib/contacts/postcode';
import type { ContactsStore } from '../lib/state/contacts-store';
import { AreaPicker } from './AreaPicker';
import { CallNow } from './CallNow';
import type { FullDirectoryProps } from './FullDirectory';
import { PostcodeFinder } from './PostcodeFinder';
import { useLazy } from './use-lazy';

interface Props {
  store: ContactsStore;
  /** Every area, once loaded (just after the first paint). */
  areas: ReadonlySignal<readonly AreaIndexEntry[] | null>;
  bankHolidays: ReadonlySet<string>;
  lookupPostcode(input: string): Promise<PostcodeResult>;
  onCopy(text: string, what: string): void;
  /** Rendered between "Call now" and the full list (the popup's drafts summary, the side panel's drafts). */
  children?: ComponentChildren;
  /** Fold the full list behind one line (the side panel, while a draft is open); "/" still opens search. */
  foldDirectory?: boolean;
}

/** What the popup and the side panel share: pick the area, see who to call now, then everyone. */
export function ContactsView({ store, areas, bankHolidays, lookupPostcode, onCopy, children, foldDirectory }: Props) {
  const area = store.area.value;
  const areaId = store.areaId.value;
  const now = store.now.value;
  // A shared district, until a council is chosen: Call now asks instead of showing the old area.
  const choice = useSignal<Extract<PostcodeResult, { kind: 'choose' }> | null>(null);
  // Loaded with the lookup that found the shared district (PostcodeFinder), so here at once.
  const choiceView = useSignal<typeof import('./PostcodeResult') | null>(null);
  const choose = (id: string) => {
    choice.value = null;
    void store.setArea(id);
  };
  // The full list (every contact, sources, search) arrives a moment after "Call now" is on screen.
  const Loaded = useLazy<FullDirectoryProps>(() => import('./FullDirectory').then((m) => m.FullDirectory));
  const index = areas.value;
  const areaName = area?.name ?? index?.find((a) => a.id === areaId)?.name;
  const directory = Loaded ? (
    <Loaded
      areaId={areaId}
      extraContacts={store.extraContacts.value}
      corrections={store.corrections.value}
      now={now}
      bankHolidays={bankHolidays}
      onCopy={onCopy}
    />
  ) : (
    <p class="nhsuk-hint">Loading all contacts…</p>
  );
  return (
    <>
      {store.problem.value ? (
        <div class="nhsuk-warning" role="alert">
          {store.problem.value}
        </div>
      ) : null}
      <div class="area-bar" data-settled={store.settled.value ? '' : undefined}>
        <AreaPicker
          areas={index}
          value={areaId}
          valueName={areaName}
          ownAreaId={store.ownAreaId.value}
          policyAreaId={store.policyAreaId.value}
          lockedBy={store.lockedBy.value}
          onChange={choose}
        />
        <PostcodeFinder
          lookup={lookupPostcode}
          onChooseArea={choose}
          onResult={(r) =>
            void import('./PostcodeResult').then((m) => {
              choiceView.value = m;
              choice.value = r.kind === 'choose' ? r : null;
            })
          }
          disabled={!!store.lockedBy.value}
        />
      </div>
      {choice.value && choiceView.value ? (
        <choiceView.value.SharedDistrictChoice choice={choice.value} onChoose={choose} />
      ) : (
        <CallNow area={area} areaId={areaId} areaName={areaName} now={now} bankHolidays={bankHolidays} />
      )}
      {children}
      {foldDirectory ? (
        <details class="directory-fold">
          <summary>{`All contacts${areaName ? `: ${areaName}` : ''}, and search`}</summary>
          {directory}
        </details>
      ) : (
        directory
      )}
    </>
  );
}
