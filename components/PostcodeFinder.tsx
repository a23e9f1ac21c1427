import { useSignal } from '@preact/signals';
import type { PostcodeResult } from '../lib/contacts/postcode';

interface Props {
  lookup(input: string): Promise<PostcodeResult>;
  onChooseArea(id: string): void;
  /** Every lookup's result: a shared district puts its choice under Call now until one is chosen. */
  onResult?(result: PostcodeResult): void;
  disabled?: boolean;
}

// A whole postcode ("WV14 6AA"): looked up as soon as it is typed, so Call now never shows the
// previous area's numbers for a district that needs a choice.
const FULL_POSTCODE = /^\s*[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\s*$/i;

const GOV_UK_FINDER = 'https://www.gov.uk/report-child-abuse-to-local-council';

/** Why a whole postcode does not settle it: said wherever the choice is offered. */
export const SHARED_WHY =
  'Even a full postcode cannot decide here: this tool works offline, from a table of postcode districts, and this district is shared by several councils.';

export function PostcodeFinder({ lookup, onChooseArea, onResult, disabled }: Props) {
  const input = useSignal('');
  const result = useSignal<PostcodeResult | null>(null);
  const invalid = result.value?.kind === 'invalid';

  const find = async (text: string) => {
    const r = await lookup(text);
    if (text !== input.value) return; // typed on meanwhile
    result.value = r;
    onResult?.(r);
    if (r.kind === 'area') onChooseArea(r.areaId);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    void find(input.value);
  };
  const choose = (id: string) => {
    onChooseArea(id);
    result.value = null;
  };

  return (
    <form class="postcode field" onSubmit={submit} role="search" aria-label="Find area by postcode">
      <label class="nhsuk-label" for="postcode-input">
        Postcode
      </label>
      <span class="nhsuk-hint" id="postcode-hint">
        e.g. WV1 1AA or WV14
      </span>
      {invalid ? (
        <span class="nhsuk-error-message" id="postcode-error">
          <span class="visually-hidden">Error: </span>
          {result.value?.kind === 'invalid' ? result.value.message : ''}
        </span>
      ) : null}
      <div class="postcode__row">
        <input
          id="postcode-input"
          class={`nhsuk-input postcode__input${invalid ? ' nhsuk-input--error' : ''}`}
          type="text"
          autocomplete="postal-code"
          spellcheck={false}
          value={input}
          disabled={disabled}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'postcode-hint postcode-error' : 'postcode-hint'}
          onInput={(e) => {
            input.value = e.currentTarget.value;
            if (FULL_POSTCODE.test(input.value)) void find(input.value);
          }}
        />
        <button class="nhsuk-button nhsuk-button--secondary" type="submit" disabled={disabled}>
          Find area
        </button>
      </div>
      <div data-testid="postcode-result" aria-live="polite">
        {result.value ? <ResultText result={result.value} onChooseArea={choose} /> : null}
      </div>
    </form>
  );
}

function ResultText({ result, onChooseArea }: { result: PostcodeResult; onChooseArea(id: string): void }) {
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
          <ul class="postcode__choices">
            {result.councils.map((c) =>
              c.areaId ? (
                <li key={c.code}>
                  <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => onChooseArea(c.areaId!)}>
                    {c.name}
                  </button>
                </li>
              ) : (
                <li key={c.code}>{`${c.name} (not covered yet)`}</li>
              ),
            )}
          </ul>
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
