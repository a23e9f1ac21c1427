import { describe, expect, it } from 'vitest';
import {
  announcementFor,
  bindTripleShift,
  createTripleShiftDetector,
  type TripleShiftEvent,
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
    const key = (type: 'keydown' | 'keyup', key: string, target: EventTarget = document.body) =>
      target.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true }));
    const press = (at: number, name = 'Shift', target?: EventTarget) => {
      clock = at;
      key('keydown', name, target);
      key('keyup', name, target);
    };
    const advanceTo = (at: number) => {
      clock = at;
      for (const timer of timers.filter((t) => t.at <= at)) {
        timer.at = Infinity;
        timer.run();
      }
    };
    return { press, advanceTo, announced, dots, fired: () => fired, unbind };
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

  it('stops listening once unbound', () => {
    const page = setUp();
    page.unbind();
    page.press(0);
    page.press(100);
    page.press(200);
    expect(page.fired()).toBe(0);
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
