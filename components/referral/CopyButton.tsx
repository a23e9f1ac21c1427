// A copy button that answers where the eyes are: it reads "Copied" for a few seconds, the page's
// live region says what was copied, and a refusal is explained right beside the button.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

interface Props {
  /** The visible name, e.g. "Copy referral text" or "Copy". */
  label: string;
  /** For screen readers and voice control: "Copy The concern". */
  accessibleName?: string;
  /** What was copied, for the announcement ("The concern"). */
  what: string;
  text(): string;
  copy(text: string): Promise<void>;
  say(message: string): void;
  /** Called when the browser refused the clipboard (the caller may show the text to copy by hand). */
  onRefused?(): void;
  className?: string;
}

const COPIED_MS = 3000;

export function CopyButton({ label, accessibleName, what, text, copy, say, onRefused, className }: Props) {
  const state = useSignal<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state.value !== 'copied') return;
    const t = setTimeout(() => (state.value = 'idle'), COPIED_MS);
    return () => clearTimeout(t);
  }, [state.value]);
  const value = text();
  if (!value.trim()) return null;
  return (
    <span class="ref-copy">
      <button
        type="button"
        class={className ?? 'nhsuk-button nhsuk-button--secondary nhsuk-button--small'}
        aria-label={state.value === 'copied' ? undefined : accessibleName}
        onClick={() =>
          void copy(value).then(
            () => {
              state.value = 'copied';
              say(`${what} copied. Paste it into the online form.`);
            },
            () => {
              state.value = 'failed';
              say(`Could not copy ${what} automatically.`);
              onRefused?.();
            },
          )
        }
      >
        {state.value === 'copied' ? 'Copied' : label}
      </button>
      {state.value === 'failed' ? (
        <span class="nhsuk-error-message ref-copy__error">The browser did not allow copying: select the text and copy it yourself.</span>
      ) : null}
    </span>
  );
}
