import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { bindTripleShift, PRESSES_TO_EXIT, type BindTripleShiftOptions, type TripleShiftTarget } from '../lib/quick-exit/triple-shift';
import './quick-exit.css';

interface Props {
  /** Runs the quick exit; called from the key-up handler itself (user input, for Firefox). */
  onFire(): void;
  /** Where key presses are heard; the page's window by default. */
  target?: TripleShiftTarget;
  options?: BindTripleShiftOptions;
}

/**
 * GOV.UK's Shift ×3: three dots that fill as Shift is pressed, and a visually hidden polite live
 * region saying how many presses remain and when the sequence expired.
 */
export function ShiftExitIndicator({ onFire, target, options }: Props) {
  const pressed = useSignal(0);
  const message = useSignal('');

  // Bound once per target: re-binding on every parent render would lose a sequence under way.
  const latest = useRef({ onFire, options });
  latest.current = { onFire, options };
  useEffect(
    () =>
      bindTripleShift(
        target ?? window,
        () => latest.current.onFire(),
        (text, count) => {
          message.value = text;
          pressed.value = count;
        },
        latest.current.options,
      ),
    [target],
  );

  const dots = Array.from({ length: PRESSES_TO_EXIT }, (_, i) => i < pressed.value);
  return (
    <>
      <span
        class={`shift-exit-indicator${pressed.value === 0 ? ' shift-exit-indicator--idle' : ''}`}
        aria-hidden="true"
        data-testid="shift-exit-dots"
      >
        {dots.map((on, i) => (
          <span key={i} class={`shift-exit-indicator__dot${on ? ' shift-exit-indicator__dot--on' : ''}`} />
        ))}
      </span>
      <span class="visually-hidden" role="status" aria-live="polite">
        {message.value}
      </span>
    </>
  );
}
