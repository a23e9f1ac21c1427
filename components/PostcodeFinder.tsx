import { useSignal } from '@preact/signals';
import type { PostcodeResult } from '../lib/contacts/postcode';

// What a lookup found is drawn by PostcodeResult.tsx, loaded with the lookup itself: the first
// screen needs only the field.
type ResultViews = typeof import('./PostcodeResult');

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


export function PostcodeFinder({ lookup, onChooseArea, onResult, disabled }: Props) {
  const input = useSignal('');
  const result = useSignal<PostcodeResult | null>(null);
  const invalid = result.value?.kind === 'invalid';

  const views = useSignal<ResultViews | null>(null);
  const find = async (text: string) => {
    const [r, v] = await Promise.all([lookup(text), import('./PostcodeResult')]);
    views.value = v;
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
        {result.value && views.value ? <views.value.ResultText result={result.value} onChooseArea={choose} /> : null}
      </div>
    </form>
  );
}

