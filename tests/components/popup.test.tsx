import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { preferencesItem } from '../../lib/settings/preferences';

// Friday 20 November 2026, 16:31 in the UK (GMT): the Adult MASH closed at 16:30.
const FRIDAY_1631 = new Date('2026-11-20T16:31:00Z');

async function renderPopup(areaId: string | null = 'wolverhampton') {
  if (areaId) await preferencesItem.setValue({ areaId, retentionDays: 30 });
  const { App } = await import('../../entrypoints/popup/App');
  return render(<App />);
}

const areaInput = () => screen.getByRole('combobox', { name: 'Area' }) as HTMLInputElement;

function callNowFor(audience: 'Children' | 'Adults') {
  const section = screen.getByRole('region', { name: 'Call now' });
  const heading = within(section).getByRole('heading', { name: audience });
  return heading.parentElement as HTMLElement;
}

describe('popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    localStorage.clear();
    // The popup creates its stores when its module loads, as in the browser: a fresh module per test.
    vi.resetModules();
    vi.useFakeTimers({ now: FRIDAY_1631, toFake: ['Date'] });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('on first use, before any area is chosen, asks for one and still shows 999', async () => {
    await renderPopup(null);
    expect(screen.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    expect(screen.getByRole('region', { name: 'Call now' }).textContent).toMatch(/Choose your area above/);
  });

  it('shows 999 and who to call now for children and adults, with named tel: links', async () => {
    await renderPopup();
    expect(screen.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Call now' }).querySelector('h3')).toBeTruthy());
    const adults = callNowFor('Adults');
    const edt = within(adults).getByRole('link', { name: /Call Emergency Duty Team.* on 01902 552999/ });
    expect(edt.getAttribute('href')).toBe('tel:+441902552999');
    expect(adults.textContent).toContain('Open until 08:00 Monday');
    expect(within(adults).queryByText(/01902 551199/)).toBeNull();
  });

  it('remembers the chosen area in extension storage and shows its numbers', async () => {
    await renderPopup();
    // The picker's list arrives just after the first paint.
    await waitFor(() => expect(areaInput().value).toBe('Wolverhampton'));
    fireEvent.input(areaInput(), { target: { value: 'worc' } });
    await screen.findByRole('option', { name: 'Worcestershire' });
    fireEvent.keyDown(areaInput(), { key: 'Enter' });
    await waitFor(async () => expect(await preferencesItem.getValue()).toMatchObject({ areaId: 'worcestershire' }));
    await waitFor(() => expect(within(callNowFor('Children')).getByText('01905 768020')).toBeTruthy());
    expect(areaInput().value).toBe('Worcestershire');
  });

  it('asks which council for a split postcode district and switches on choice', async () => {
    await renderPopup();
    fireEvent.input(screen.getByLabelText('Postcode'), { target: { value: 'WV14 1AA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find area' }));
    const result = await screen.findByText(/WV14 covers more than one council/);
    const choices = within(result.parentElement as HTMLElement).getAllByRole('button').map((b) => b.textContent);
    expect(choices.sort()).toEqual(['Dudley', 'Sandwell', 'Walsall', 'Wolverhampton']);
    expect(areaInput().value).toBe('Wolverhampton');
    fireEvent.click(within(result.parentElement as HTMLElement).getByRole('button', { name: 'Walsall' }));
    await waitFor(() => expect(areaInput().value).toBe('Walsall'));
  });

  it('a full postcode in a shared district puts the choice under Call now, not the old area’s numbers', async () => {
    await renderPopup();
    await waitFor(() => expect(within(callNowFor('Adults')).getByText(/01902 552999/)).toBeTruthy());
    // Typed, not submitted: a whole postcode is looked up as it is completed.
    fireEvent.input(screen.getByLabelText('Postcode'), { target: { value: 'WV14 6AA' } });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Call now' }).textContent).toMatch(/WV14 is shared by 4 councils/), {
      timeout: 5000,
    });
    const choice = screen.getByRole('region', { name: 'Call now' });
    expect(choice.textContent).toMatch(/cannot decide here: this tool works offline/);
    expect(within(choice).queryByText(/01902 552999/)).toBeNull();
    fireEvent.click(within(choice).getByRole('button', { name: 'Dudley' }));
    await waitFor(() => expect(areaInput().value).toBe('Dudley'));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Call now' }).textContent).not.toMatch(/shared by/));
  });

  it('a district shared with an uncovered council lists it as "not covered yet" beside the covered one', async () => {
    await renderPopup();
    fireEvent.input(screen.getByLabelText('Postcode'), { target: { value: 'HR3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find area' }));
    const result = (await screen.findByText(/HR3 covers more than one council/, {}, { timeout: 5000 })).parentElement as HTMLElement;
    expect(within(result).getByRole('button', { name: 'Herefordshire' })).toBeTruthy();
    expect(within(result).getByText('Powys (not covered yet)')).toBeTruthy();
  });

  it('explains an invalid postcode next to the field and keeps what was typed', async () => {
    await renderPopup();
    const field = screen.getByLabelText('Postcode') as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'hello' } });
    fireEvent.submit(field.form!);
    await screen.findByText(/"hello" is not a valid UK postcode/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain('postcode-error');
    expect(field.value).toBe('hello');
  });

  it('says an uncovered postcode is not covered yet and keeps the national numbers', async () => {
    await renderPopup();
    fireEvent.input(screen.getByLabelText('Postcode'), { target: { value: 'EH1 1AA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find area' }));
    await screen.findByText(/EH1 is in City of Edinburgh, which is not covered yet/);
    expect(await screen.findByRole('link', { name: /Call NSPCC Helpline.* on 0808 800 5000/ })).toBeTruthy();
  });

  it('filters contacts by abuse type and says how many match; / jumps to search', async () => {
    await renderPopup();
    // The full list loads just after the first paint.
    const search = await screen.findByLabelText('Search contacts');
    await waitFor(() => {
      fireEvent.keyDown(document.body, { key: '/' });
      expect(document.activeElement).toBe(search);
    });
    fireEvent.input(search, { target: { value: 'forced marriage' } });
    const names = screen.getAllByTestId('contact').map((c) => c.querySelector('h4')?.textContent ?? '');
    expect(names.some((n) => n.includes('Forced Marriage Unit'))).toBe(true);
    expect(names.some((n) => n.includes('Samaritans'))).toBe(false);
    expect(document.getElementById('contact-search-status')?.textContent).toMatch(/^\d+ contacts? match/);
  });
});
