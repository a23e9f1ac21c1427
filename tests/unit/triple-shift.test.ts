import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  announcementFor,
  bindTripleShift,
  createTripleShiftDetector,
  type TripleShiftEvent,
  type TripleShiftTarget,
} from '../../lib/quick-exit/triple-shift';

// A script of key actions at fixed times; returns what the detector reported for each step.
type Step = [atMs: number, action: 'down' | 'up' | 'press' | 'tick', key?: string];

function play(steps: Step[]): (TripleShiftEvent | null)[] {
  let clock = 0;
  const detector = createTripleShiftDetector({ now: () => clock });
  const events: (TripleShiftEvent | null)[] = [];
  for (const [at, action, key = 'Shift'] of steps) {
    clock = at;
    if (action === 'down') events.push(detector.keyDown(key));
    if (action === 'up') events.push(detector.keyUp(key));
    if (action === 'tick') events.push(detector.tick());
    if (action === 'press') {
      const down = detector.keyDown(key);
      const up = detector.keyUp(key);
      events.push(up ?? down);
    }
  }
  return events;
}

const types = (events: (TripleShiftEvent | null)[]) => events.map((event) => event?.type ?? null);

describe('triple-Shift detector', () => {
  it('fires on the third Shift press and counts down before it', () => {
    expect(play([[0, 'press'], [400, 'press'], [800, 'press']])).toEqual([
      { type: 'progress', remaining: 2 },
      { type: 'progress', remaining: 1 },
      { type: 'fire' },
    ]);
  });

  it('counts on key-up, not key-down', () => {
    expect(play([[0, 'down'], [100, 'up'], [200, 'down']])).toEqual([
      null,
      { type: 'progress', remaining: 2 },
      null,
    ]);
  });

  it.each([
    ['exactly 5 s between presses still counts', 5000, 'fire'],
    ['over 5 s between presses starts again', 5001, 'progress'],
  ])('%s', (_name, gap, last) => {
    const events = play([[0, 'press'], [gap, 'press'], [gap * 2, 'press']]);
    expect(events[2]?.type).toBe(last);
  });

  it('restarts the 5 s wait on each press', () => {
    expect(types(play([[0, 'press'], [4900, 'press'], [9800, 'press']]))).toEqual([
      'progress',
      'progress',
      'fire',
    ]);
  });

  it('after a gap over 5 s, the next press is a first press again', () => {
    expect(play([[0, 'press'], [1000, 'press'], [7000, 'press']])[2]).toEqual({
      type: 'progress',
      remaining: 2,
    });
  });

  it('reports the timeout on tick, once', () => {
    expect(types(play([[0, 'press'], [5000, 'tick'], [5001, 'tick'], [6000, 'tick']]))).toEqual([
      'progress',
      null,
      'expired',
      null,
    ]);
  });

  it('reports the timeout on the next key-down when no timer ran', () => {
    expect(types(play([[0, 'press'], [6000, 'down', 'a']]))).toEqual(['progress', 'expired']);
  });

  it('reports the timeout on the next Shift key-down, and that press starts a new sequence', () => {
    expect(play([[0, 'press'], [1000, 'press'], [7000, 'down'], [7100, 'up']])).toEqual([
      { type: 'progress', remaining: 2 },
      { type: 'progress', remaining: 1 },
      { type: 'expired' },
      { type: 'progress', remaining: 2 },
    ]);
  });

  it('a Shift held down past the 5 s wait counts as a first press when released', () => {
    expect(play([[0, 'press'], [1000, 'down'], [7000, 'up']])).toEqual([
      { type: 'progress', remaining: 2 },
      null,
      { type: 'progress', remaining: 2 },
    ]);
  });

  it('a letter typed before any Shift does not swallow the first Shift press', () => {
    expect(types(play([[0, 'press', 'a'], [100, 'press'], [200, 'press'], [300, 'press']]))).toEqual([
      null,
      'progress',
      'progress',
      'fire',
    ]);
  });

  it('does not count a Shift released after Shift+A (capitalisation)', () => {
    const events = play([
      [0, 'down'],
      [50, 'down', 'A'],
      [80, 'up', 'A'],
      [100, 'up'],
      [300, 'press'],
      [600, 'press'],
    ]);
    expect(types(events)).toEqual([null, null, null, null, 'progress', 'progress']);
    expect(events[5]).toEqual({ type: 'progress', remaining: 1 });
  });

  it.each(['a', 'Enter', 'Escape', 'Control', 'Tab'])('another key (%s) cancels the sequence', (key) => {
    expect(types(play([[0, 'press'], [200, 'press'], [300, 'press', key], [400, 'press']]))).toEqual([
      'progress',
      'progress',
      'cancel',
      'progress',
    ]);
  });

  it('Escape alone never fires', () => {
    expect(types(play([[0, 'press', 'Escape'], [100, 'press', 'Escape'], [200, 'press', 'Escape']]))).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('starts again after firing', () => {
    expect(types(play([[0, 'press'], [100, 'press'], [200, 'press'], [300, 'press']]))).toEqual([
      'progress',
      'progress',
      'fire',
      'progress',
    ]);
  });
});

describe('bindTripleShift in a page', () => {
  function setUp() {
    let clock = 0;
    type Timer = { at: number; run: () => void };
    const timers: Timer[] = [];
    const announced: string[] = [];
    const dots: number[] = [];
    let fired = 0;
    const unbind = bindTripleShift(
      window,
      () => fired++,
      (message, pressed) => {
        announced.push(message);
        dots.push(pressed);
      },
      {
        now: () => clock,
        setTimer: (run, ms) => {
          const timer = { at: clock + ms, run };
          timers.push(timer);
          return timer;
        },
        clearTimer: (handle) => {
          (handle as Timer).at = Infinity;
        },
      },
    );
    const key = (type: 'keydown' | 'keyup', key: string, target: EventTarget = document.body, isComposing = false) =>
      target.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, isComposing }));
    const press = (at: number, name = 'Shift', target?: EventTarget) => {
      clock = at;
      key('keydown', name, target);
      key('keyup', name, target);
    };
    /** A key pressed while an input method (IME) is composing text. */
    const compose = (at: number, name: string) => {
      clock = at;
      key('keydown', name, document.body, true);
      key('keyup', name, document.body, true);
    };
    const advanceTo = (at: number) => {
      clock = at;
      for (const timer of timers.filter((t) => t.at <= at)) {
        timer.at = Infinity;
        timer.run();
      }
    };
    return { press, compose, advanceTo, announced, dots, fired: () => fired, unbind };
  }

  it('announces in order and fires on the third press, even with a text field focused', () => {
    const page = setUp();
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    page.press(0, 'Shift', field);
    page.press(300, 'Shift', field);
    expect(page.announced).toEqual(['Shift, press 2 more times to exit.', 'Shift, press 1 more time to exit.']);
    expect(page.dots).toEqual([1, 2]);
    page.press(600, 'Shift', field);
    expect(page.fired()).toBe(1);
    expect(page.dots.at(-1)).toBe(3);
    expect(page.announced.at(-1)).toBe('');
    page.unbind();
    field.remove();
  });

  it('announces "Exit this page expired." when 5 s pass without a press', () => {
    const page = setUp();
    page.press(0);
    page.advanceTo(5001);
    expect(page.announced).toEqual(['Shift, press 2 more times to exit.', 'Exit this page expired.']);
    expect(page.dots.at(-1)).toBe(0);
    expect(page.fired()).toBe(0);
    page.unbind();
  });

  it('hears keys in a field that stops them: another key still cancels, three Shifts still fire', () => {
    const page = setUp();
    const field = document.createElement('input');
    const swallow = (event: Event) => event.stopPropagation();
    field.addEventListener('keydown', swallow);
    field.addEventListener('keyup', swallow);
    document.body.append(field);
    page.press(0, 'Shift', field);
    page.press(100, 'Shift', field);
    page.press(200, 'a', field);
    page.press(300, 'Shift', field);
    expect(page.fired()).toBe(0);
    expect(page.dots).toEqual([1, 2, 0, 1]);
    page.press(400, 'Shift', field);
    page.press(500, 'Shift', field);
    expect(page.fired()).toBe(1);
    page.unbind();
    field.remove();
  });

  it('keys pressed while an IME composes text neither cancel nor count', () => {
    const page = setUp();
    page.press(0);
    page.press(100);
    page.compose(200, 'k');
    page.compose(300, 'Shift');
    expect(page.fired()).toBe(0);
    expect(page.dots).toEqual([1, 2]);
    page.press(400);
    expect(page.fired()).toBe(1);
    page.unbind();
  });

  it('once unbound, a sequence under way says nothing more: no cancel, no expiry, no presses', () => {
    const page = setUp();
    page.press(0);
    page.unbind();
    page.press(100, 'a');
    page.advanceTo(6000);
    page.press(6100);
    page.press(6200);
    page.press(6300);
    expect(page.announced).toEqual(['Shift, press 2 more times to exit.']);
    expect(page.fired()).toBe(0);
  });

  it('once unbound, a page that matches listeners by capture flag (as browsers do) delivers no more keys', () => {
    // happy-dom removes a listener whatever capture flag is passed; browsers remove only the one
    // added with the same flag, so this target keeps them apart as a browser does.
    const listeners = new Map<string, (event: KeyboardEvent) => void>();
    const target: TripleShiftTarget = {
      addEventListener: (type, listener, capture) => void listeners.set(`${type} ${capture}`, listener),
      removeEventListener: (type, listener, capture) => {
        if (listeners.get(`${type} ${capture}`) === listener) listeners.delete(`${type} ${capture}`);
      },
    };
    const press = (key: string) => {
      for (const type of ['keydown', 'keyup'] as const) {
        for (const [name, listener] of listeners) if (name.startsWith(type)) listener(new KeyboardEvent(type, { key }));
      }
    };
    const announced: string[] = [];
    let fired = 0;
    const unbind = bindTripleShift(target, () => fired++, (message) => announced.push(message));
    press('Shift');
    unbind();
    press('a');
    press('Shift');
    press('Shift');
    press('Shift');
    expect(announced).toEqual(['Shift, press 2 more times to exit.']);
    expect(fired).toBe(0);
  });

  it('stops listening once unbound', () => {
    const page = setUp();
    page.unbind();
    page.press(0);
    page.press(100);
    page.press(200);
    expect(page.fired()).toBe(0);
  });
});

describe('bindTripleShift with the page clock and timers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function bindOnWindow() {
    vi.useFakeTimers();
    const announced: string[] = [];
    let fired = 0;
    const unbind = bindTripleShift(
      window,
      () => fired++,
      (message) => announced.push(message),
    );
    const press = (name = 'Shift') => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: name }));
      window.dispatchEvent(new KeyboardEvent('keyup', { key: name }));
    };
    return { press, announced, fired: () => fired, unbind };
  }

  it('announces the expiry 5 s after the last press, and nothing once unbound', () => {
    const page = bindOnWindow();
    page.press();
    vi.advanceTimersByTime(3000);
    page.press();
    vi.advanceTimersByTime(3000);
    expect(page.announced).toEqual(['Shift, press 2 more times to exit.', 'Shift, press 1 more time to exit.']);
    vi.advanceTimersByTime(2001);
    expect(page.announced.at(-1)).toBe('Exit this page expired.');

    page.press();
    vi.advanceTimersByTime(3000);
    page.press();
    vi.advanceTimersByTime(3000);
    page.unbind();
    vi.advanceTimersByTime(10_000);
    expect(page.announced.at(-1)).toBe('Shift, press 1 more time to exit.');
  });

  it('leaves no timer running once the sequence fires or is cancelled', () => {
    const page = bindOnWindow();
    page.press();
    page.press();
    page.press();
    expect(page.fired()).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    page.press();
    page.press('a');
    expect(vi.getTimerCount()).toBe(0);
    page.unbind();
  });

  it('says nothing when the timer runs before the wait is over by the clock (clock set back)', () => {
    const page = bindOnWindow();
    page.press();
    vi.setSystemTime(Date.now() - 60_000);
    expect(() => vi.advanceTimersByTime(5001)).not.toThrow();
    expect(page.announced).toEqual(['Shift, press 2 more times to exit.']);
    page.unbind();
  });
});

describe('announcements', () => {
  it.each([
    [{ type: 'progress', remaining: 2 } as const, 'Shift, press 2 more times to exit.'],
    [{ type: 'progress', remaining: 1 } as const, 'Shift, press 1 more time to exit.'],
    [{ type: 'expired' } as const, 'Exit this page expired.'],
    [{ type: 'cancel' } as const, ''],
  ])('%o → %j', (event, text) => {
    expect(announcementFor(event)).toBe(text);
  });
});
