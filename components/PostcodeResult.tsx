// What a postcode lookup found, loaded with the lookup (PostcodeFinder.tsx), never on the first paint.
import type { Council, PostcodeResult } from '../lib/contacts/postcode';

const GOV_UK_FINDER = 'https://www.gov.uk/report-child-abuse-to-local-council';

/** Why a whole postcode does not settle it: said wherever the choice is offered. */
export const SHARED_WHY =
  'Even a full postcode cannot decide here: this tool works offline, from a table of postcode districts, and this district is shared by several councils.';

/** The councils of a shared district: a button for each covered one, the others said plainly. */
export function CouncilChoices({ councils, onChoose }: { councils: readonly Council[]; onChoose(id: string): void }) {
  return (
    <ul class="postcode__choices">
      {councils.map((c) =>
        c.areaId ? (
          <li key={c.code}>
            <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => onChoose(c.areaId!)}>
              {c.name}
            </button>
          </li>
        ) : (
          <li key={c.code}>{`${c.name} (not covered yet)`}</li>
        ),
      )}
    </ul>
  );
}

export function ResultText({ result, onChooseArea }: { result: PostcodeResult; onChooseArea(id: string): void }) {
  switch (result.kind) {
    case 'invalid':
      return null;
    case 'area':
      return <p>{`${result.district} is in ${result.areaName}.`}</p>;
    case 'choose':
      return (
        <div>
          <p>{`${result.district} covers more than one council. Choose yours:`}</p>
          <p class="nhsuk-hint">{SHARED_WHY}</p>
          <CouncilChoices councils={result.councils} onChoose={onChooseArea} />
        </div>
      );
    case 'not-covered': {
      const names = result.councils.map((c) => c.name).join(' or ');
      const northernIreland = result.councils.some((c) => c.code.startsWith('N'));
      return (
        <div class="nhsuk-warning">
          <p>
            {`${result.district} is in ${names}, which is not covered yet. Use the national numbers below. `}
            {northernIreland ? 'In Northern Ireland, safeguarding is run by the Health and Social Care Trusts. ' : ''}
            GOV.UK's <a href={GOV_UK_FINDER} target="_blank" rel="noreferrer">Report child abuse to a local council</a> finds the
            council's children's services.
          </p>
        </div>
      );
    }
    case 'unknown-district':
      return (
        <p class="nhsuk-warning">
          {`${result.district} is not in the postcode table (it may be a PO box or a new postcode). Choose the area yourself, or use the national numbers below.`}
        </p>
      );
  }
}

/** In place of Call now while a shared district waits for its council. */
export function SharedDistrictChoice({ choice, onChoose }: { choice: Extract<PostcodeResult, { kind: 'choose' }>; onChoose(id: string): void }) {
  return (
    <section class="call-now nhsuk-card" aria-labelledby="call-now-heading">
      <h2 id="call-now-heading">Call now</h2>
      <p class="call-now__note">{`${choice.district} is shared by ${choice.councils.length} councils. Choose the council to see its numbers.`}</p>
      <p class="nhsuk-hint">{SHARED_WHY}</p>
      <CouncilChoices councils={choice.councils} onChoose={onChoose} />
      <p>In immediate danger, call 999; otherwise the police on 101.</p>
    </section>
  );
}
