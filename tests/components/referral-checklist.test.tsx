import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraft } from '../../lib/referral/prefill';
import { EMPTY_PROFILE } from '../../lib/settings/profile';
import { createDraftsStore } from '../../lib/state/drafts-store';
import { defineDraftsItem } from '../../lib/storage/drafts';
import { defineQuarantineItem } from '../../lib/storage/quarantine';
import { ReferralDrafts } from '../../components/referral/ReferralDrafts';
import { testArea } from '../fixtures/areas';

const NOW = new Date('2026-11-23T11:00:00Z');
const AREA = testArea();

// Sequential focus navigation as a browser does it: DOM order, tabindex ≥ 0, nothing disabled,
// nothing inside a closed <details> but its summary.
function tabStops(): HTMLElement[] {
  const all = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]');
  return [...all].filter((el) => {
    if ((el as HTMLButtonElement).disabled || el.tabIndex < 0) return false;
    const details = el.parentElement?.closest('details');
    return !details || details.open || (el.tagName === 'SUMMARY' && el.parentElement === details);
  });
}
function tab() {
  const stops = tabStops();
  const next = stops[stops.indexOf(document.activeElement as HTMLElement) + 1] ?? stops[0]!;
  next.focus();
  return next;
}
/** Presses Tab until focus lands on a matching element (the page does not change meanwhile). */
function tabUntil(match: (el: Element) => boolean) {
  const stops = tabStops();
  const from = stops.indexOf(document.activeElement as HTMLElement) + 1;
  // Past the last stop, Tab comes round to the top again.
  for (let n = 0; n < stops.length; n++) {
    const el = stops[(from + n) % stops.length]!;
    el.focus();
    if (document.activeElement !== el) throw new Error('a tab stop would not take focus');
    if (match(el)) return el;
  }
  throw new Error('never reached by Tab');
}
const key = (k: string) => fireEvent.keyDown(document.activeElement!, { key: k });

/** Tab to the section list's link, activate it (Enter on a link is a click): the section opens, its heading focused. */
async function openSection(name: string) {
  const link = tabUntil((el) => el.tagName === 'A' && el.textContent === name);
  fireEvent.click(link);
  await waitFor(() => expect(document.activeElement?.textContent).toMatch(new RegExp(`\\d+\\. ${name}`)));
}
function type(el: HTMLElement, text: string) {
  let value = (el as HTMLTextAreaElement).value;
  for (const ch of text) {
    value += ch;
    fireEvent.input(el, { target: { value } });
  }
}

async function setup() {
  const item = defineDraftsItem();
  const draft = createDraft(
    { id: 'd1', subject: 'child', area: AREA, areaId: AREA.id, callAt: NOW, takenBy: 'Sam', reference: '', profile: EMPTY_PROFILE },
    NOW,
    new Set(),
  );
  await item.setValue({ drafts: { d1: draft }, deleted: {} });
  const store = createDraftsStore(defineDraftsItem(), {
    bankHolidays: new Set(),
    quarantine: defineQuarantineItem(),
    now: () => NOW,
    debounceMs: 50,
  });
  await store.hydrated;
  render(
    <ReferralDrafts store={store} areas={[AREA]} currentAreaId={AREA.id} profile={signal(EMPTY_PROFILE)} now={() => NOW} initialDraftId="d1" />,
  );
  return { item, store };
}

describe('the checklist with the keyboard alone', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => cleanup());

  it('sets a status with the arrow keys, an answer with Space, types a note, and it is saved', async () => {
    const { item, store } = await setup();
    // Opened with the page: focus stays where the page starts.
    expect(document.activeElement).toBe(document.body);
    // Only the section in progress is open; the section list opens the others.
    expect(tabStops().some((el) => el.closest('[data-item-id="concern.what"]'))).toBe(false);
    await openSection('The concern');

    const status = screen.getByRole('group', { name: 'Status: What you are worried about, in plain facts' });
    const todo = tabUntil((el) => status.contains(el));
    expect(todo).toBe(within(status).getByRole('radio', { name: 'To do' }));
    key('ArrowRight');
    expect(within(status).getByRole('radio', { name: 'Done' })).toMatchObject({ checked: true });
    expect(document.activeElement).toBe(within(status).getByRole('radio', { name: 'Done' }));

    // One tab stop per radio group: the next Tab is the item's note.
    const note = tab();
    expect(note).toBe(screen.getByRole('textbox', { name: 'Note: What you are worried about, in plain facts' }));
    type(note, 'Bruise on cheek');

    // An item with an answer: Tab reaches its first choice; Space picks it.
    (document.activeElement as HTMLElement).blur();
    await openSection('Consent and information sharing');
    const consentItem = screen.getByRole('group', { name: 'Consent to share information' });
    const answer = within(consentItem).getByRole('group', { name: 'Answer' });
    tabUntil((el) => answer.contains(el));
    key('ArrowDown');
    expect(within(answer).getByRole('radio', { name: 'Not sought' })).toMatchObject({ checked: true });
    // The lawful-basis prompt appears beside the reason item.
    expect(screen.getByText('Sharing without consent: record the reason')).toBeTruthy();

    (document.activeElement as HTMLElement).blur();
    await openSection('The child');
    const na = screen.getByRole('group', { name: 'Status: School or nursery' });
    tabUntil((el) => na.contains(el));
    key('ArrowLeft');
    expect(within(na).getByRole('radio', { name: 'Not applicable' })).toMatchObject({ checked: true });

    await store.flush();
    const saved = (await item.getValue()).drafts.d1!;
    expect(saved.items['concern.what']).toMatchObject({ status: 'done', note: 'Bruise on cheek' });
    expect(saved.items['consent.given']?.choice).toBe('not-sought');
    expect(saved.items['person.school']?.status).toBe('na');
    store.dispose();
  });

  it('saves a typed note after the pause without any other action', async () => {
    const { item, store } = await setup();
    const note = screen.getByRole('textbox', { name: 'Note: Actions already taken' });
    note.focus();
    type(note, 'Told mum');
    await waitFor(async () => expect((await item.getValue()).drafts.d1?.items['safety.actions']?.note).toBe('Told mum'));
    store.dispose();
  });

  it('Space picks the focused answer', async () => {
    const { item, store } = await setup();
    const danger = screen.getByRole('group', { name: 'Is anyone in immediate danger?' });
    const answer = within(danger).getByRole('group', { name: 'Answer' });
    const yes = tabUntil((el) => answer.contains(el));
    expect(yes).toBe(within(answer).getByRole('radio', { name: 'Yes' }));
    key(' ');
    expect(yes).toMatchObject({ checked: true });
    await store.flush();
    expect((await item.getValue()).drafts.d1?.items['safety.danger']?.choice).toBe('yes');
    store.dispose();
  });

  it('shows the trafficking ACTION indicators when that concern type is ticked', async () => {
    const { store } = await setup();
    expect(screen.queryByText('Trafficking: the ACTION indicators')).toBeNull();
    await openSection('The concern');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Trafficking / modern slavery' }));
    expect(screen.getByText('Trafficking: the ACTION indicators')).toBeTruthy();
    expect(store.draft('d1')?.concernTypes).toEqual(['trafficking']);
    store.dispose();
  });

  it('shows progress', async () => {
    const { store } = await setup();
    // Prefilled, so done: front door, call time, who took it, due time. The line counts what is left.
    expect(screen.getByText('51 items still to do')).toBeTruthy();
    expect(screen.getByText('51 items still to do').parentElement?.textContent).toBe('51 items still to do, 4 done');
    store.dispose();
  });
});
