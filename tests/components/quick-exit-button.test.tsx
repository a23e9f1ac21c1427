import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuickExitBar, QuickExitButton } from '../../components/QuickExitButton';
import { ShiftExitIndicator } from '../../components/ShiftExitIndicator';

afterEach(cleanup);

describe('QuickExitButton', () => {
  it('is a button named "Quick exit" in warning style', () => {
    render(<QuickExitButton onClick={() => undefined} />);
    const button = screen.getByRole('button', { name: 'Quick exit' });
    expect(button.className).toContain('nhsuk-button--warning');
  });

  it.each([
    ['Enter', 'Enter'],
    ['Space', ' '],
  ])('exits on %s key-down, once, even if the browser also sends a click', (_name, key) => {
    const onClick = vi.fn();
    render(<QuickExitButton onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Quick exit' });
    const down = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    button.dispatchEvent(down);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(down.defaultPrevented).toBe(true);
    fireEvent.click(button, { timeStamp: down.timeStamp });
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('ignores a held key repeating', () => {
    const onClick = vi.fn();
    render(<QuickExitButton onClick={onClick} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Quick exit' }), { key: 'Enter', repeat: true });
    expect(onClick).not.toHaveBeenCalled();
  });

  it('exits on a mouse click or an assistive-technology click', () => {
    const onClick = vi.fn();
    render(<QuickExitButton onClick={onClick} />);
    fireEvent.click(screen.getByRole('button', { name: 'Quick exit' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('other keys do nothing', () => {
    const onClick = vi.fn();
    render(<QuickExitButton onClick={onClick} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Quick exit' }), { key: 'Escape' });
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe('ShiftExitIndicator', () => {
  const press = (key = 'Shift') => {
    fireEvent.keyDown(document.body, { key });
    fireEvent.keyUp(document.body, { key });
  };
  const litDots = () => screen.getByTestId('shift-exit-dots').querySelectorAll('.shift-exit-indicator__dot--on').length;

  it('fills a dot and announces politely on each Shift press, then exits on the third', () => {
    const onFire = vi.fn();
    render(<ShiftExitIndicator onFire={onFire} />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');

    press();
    expect(status.textContent).toBe('Shift, press 2 more times to exit.');
    expect(litDots()).toBe(1);
    press();
    expect(status.textContent).toBe('Shift, press 1 more time to exit.');
    expect(litDots()).toBe(2);
    press();
    expect(onFire).toHaveBeenCalledTimes(1);
  });

  it('Escape cancels and never exits', () => {
    const onFire = vi.fn();
    render(<ShiftExitIndicator onFire={onFire} />);
    press();
    press('Escape');
    press('Escape');
    press('Escape');
    expect(onFire).not.toHaveBeenCalled();
    expect(litDots()).toBe(0);
  });

  it('announces the expiry after 5 s', () => {
    vi.useFakeTimers();
    try {
      render(<ShiftExitIndicator onFire={() => undefined} />);
      press();
      act(() => {
        vi.advanceTimersByTime(5002);
      });
      expect(screen.getByRole('status').textContent).toBe('Exit this page expired.');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('QuickExitBar', () => {
  it('puts the Quick exit button first in the tab order', () => {
    render(
      <>
        <QuickExitBar onExit={() => undefined} />
        <a href="tel:999">Call 999</a>
      </>,
    );
    const focusables = document.body.querySelectorAll('button, a[href], input, select, textarea');
    expect(focusables[0]?.textContent).toBe('Quick exit');
  });
});
