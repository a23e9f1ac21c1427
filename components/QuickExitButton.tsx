import { useRef } from 'preact/hooks';
import { ShiftExitIndicator } from './ShiftExitIndicator';
import './quick-exit.css';

interface Props {
  onClick(): void;
}

// Enter and Space act on key-down: Space otherwise waits for key-up, and every moment counts.
// Cancelling the key-down stops the browser's own click, so the exit runs once.
const KEYS = new Set(['Enter', ' ']);

/** The page's first focusable element, in GOV.UK warning style; never hidden in a menu. */
export function QuickExitButton({ onClick }: Props) {
  const keyFiredAt = useRef(-Infinity);
  const onKeyDown = (event: KeyboardEvent) => {
    if (!KEYS.has(event.key) || event.repeat) return;
    event.preventDefault();
    keyFiredAt.current = event.timeStamp;
    onClick();
  };
  const onButtonClick = (event: MouseEvent) => {
    // A browser that still synthesises the click after the key-down: ignore that echo.
    if (event.timeStamp - keyFiredAt.current < 1000) return;
    onClick();
  };
  return (
    <button
      type="button"
      class="nhsuk-button nhsuk-button--warning quick-exit-button"
      onKeyDown={onKeyDown}
      onClick={onButtonClick}
    >
      Quick exit
    </button>
  );
}

/** What popup and side panel put first: the button, then the Shift ×3 dots and live region. */
export function QuickExitBar({ onExit }: { onExit(): void }) {
  return (
    <div class="quick-exit">
      <QuickExitButton onClick={onExit} />
      <ShiftExitIndicator onFire={onExit} />
    </div>
  );
}
