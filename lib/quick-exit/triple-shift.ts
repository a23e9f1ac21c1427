// GOV.UK "Exit this page" gesture: Shift pressed three times. Counted on key-up, at most
// timeoutMs between presses (each press restarts the wait), a Shift released after Shift+letter
// is ordinary capitalisation and not counted, and any other key cancels the sequence.
export const SHIFT_EXIT_TIMEOUT_MS = 5000;
export const PRESSES_TO_EXIT = 3;

export type TripleShiftEvent =
  | { type: 'progress'; remaining: 2 | 1 }
  | { type: 'fire' }
  | { type: 'expired' }
  | { type: 'cancel' };

export interface TripleShiftDetector {
  keyDown(key: string): TripleShiftEvent | null;
  keyUp(key: string): TripleShiftEvent | null;
  /** Reports the timeout when it has passed; call it from a timer at deadline(). */
  tick(): TripleShiftEvent | null;
  /** When the current sequence times out, or null with no sequence under way. */
  deadline(): number | null;
  /** Presses counted so far (0–2). */
  pressed(): number;
}

export function createTripleShiftDetector(options: {
  now: () => number;
  timeoutMs?: number;
}): TripleShiftDetector {
  const timeoutMs = options.timeoutMs ?? SHIFT_EXIT_TIMEOUT_MS;
  let count = 0;
  let lastPressAt = 0;
  let shiftHeld = false;
  let combined = false;

  const expired = () => count > 0 && options.now() - lastPressAt > timeoutMs;
  const reset = () => {
    count = 0;
  };

  return {
    keyDown(key) {
      if (key === 'Shift') {
        // `combined` needs no clearing here: the key-up that ends each Shift hold clears it.
        shiftHeld = true;
        if (expired()) {
          reset();
          return { type: 'expired' };
        }
        return null;
      }
      if (shiftHeld) combined = true;
      if (expired()) {
        reset();
        return { type: 'expired' };
      }
      if (count > 0) {
        reset();
        return { type: 'cancel' };
      }
      return null;
    },

    keyUp(key) {
      if (key !== 'Shift') return null;
      shiftHeld = false;
      if (combined) {
        combined = false;
        return null;
      }
      // A stale sequence is dropped without a word: this press starts a new one.
      if (expired()) reset();
      count += 1;
      lastPressAt = options.now();
      if (count >= PRESSES_TO_EXIT) {
        reset();
        return { type: 'fire' };
      }
      return { type: 'progress', remaining: count === 1 ? 2 : 1 };
    },

    tick() {
      if (!expired()) return null;
      reset();
      return { type: 'expired' };
    },

    deadline() {
      return count > 0 ? lastPressAt + timeoutMs : null;
    },

    pressed() {
      return count;
    },
  };
}

export const SHIFT_EXIT_MESSAGES = {
  2: 'Shift, press 2 more times to exit.',
  1: 'Shift, press 1 more time to exit.',
  expired: 'Exit this page expired.',
} as const;

/** What the polite live region says after an event ('' clears it). */
export function announcementFor(event: TripleShiftEvent): string {
  switch (event.type) {
    case 'progress':
      return SHIFT_EXIT_MESSAGES[event.remaining];
    case 'expired':
      return SHIFT_EXIT_MESSAGES.expired;
    default:
      return '';
  }
}

export interface TripleShiftTarget {
  addEventListener(type: 'keydown' | 'keyup', listener: (event: KeyboardEvent) => void, capture: boolean): void;
  removeEventListener(type: 'keydown' | 'keyup', listener: (event: KeyboardEvent) => void, capture: boolean): void;
}

export interface BindTripleShiftOptions {
  now?: () => number;
  timeoutMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Wires the detector to a page. Listens in the capture phase so it works while a text field has
 * focus and whatever a component does with the event. `onAnnounce(message, pressed)` drives the
 * live region and the three dots. Escape is just "another key": it cancels, never exits.
 */
export function bindTripleShift(
  target: TripleShiftTarget,
  onFire: () => void,
  onAnnounce: (message: string, pressed: number) => void,
  options: BindTripleShiftOptions = {},
): () => void {
  const now = options.now ?? (() => Date.now());
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const detector = createTripleShiftDetector({ now, timeoutMs: options.timeoutMs });
  let timer: unknown = null;

  const schedule = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    const deadline = detector.deadline();
    if (deadline === null) return;
    // +1: the detector treats a gap of exactly timeoutMs as still in time.
    timer = setTimer(() => {
      timer = null;
      const event = detector.tick();
      if (event) onAnnounce(announcementFor(event), 0);
    }, Math.max(0, deadline - now()) + 1);
  };

  const handle = (event: TripleShiftEvent | null) => {
    if (!event) return;
    if (event.type === 'fire') {
      onAnnounce('', 3);
      schedule();
      onFire();
      return;
    }
    onAnnounce(announcementFor(event), detector.pressed());
    schedule();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Auto-repeat and IME composition are not presses.
    if (event.repeat || event.isComposing) return;
    handle(detector.keyDown(event.key));
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    handle(detector.keyUp(event.key));
  };

  target.addEventListener('keydown', onKeyDown, true);
  target.addEventListener('keyup', onKeyUp, true);
  return () => {
    target.removeEventListener('keydown', onKeyDown, true);
    target.removeEventListener('keyup', onKeyUp, true);
    if (timer !== null) clearTimer(timer);
  };
}
