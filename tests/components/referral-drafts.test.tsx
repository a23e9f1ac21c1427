import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Area } from '../../lib/contacts/schema';
import { createDraft } from '../../lib/referral/prefill';
import { EMPTY_PROFILE } from '../../lib/settings/profile';
import { createDraftsStore } from '../../lib/state/drafts-store';
import { defineDraftsItem } from '../../lib/storage/drafts';
import { QUOTA_MESSAGE, defineQuarantineItem } from '../../lib/storage/quarantine';
import { DraftSummary } from '../../components/referral/DraftSummary';
import { ReferralDrafts } from '../../components/referral/ReferralDrafts';
import { testArea, testContact, testProfile } from '../fixtures/areas';

const NOW = new Date('2026-11-23T11:00:00Z');
const AREAS: Area[] = [
  testArea(),
  // An area with no referral deadline rule.
  testArea({
    id: 'norule',
    name: 'No Rule Borough',
    council: 'No Rule Borough Council',
    councilCode: 'E06000098',
    contacts: [testContact({ id: 'norule-fd', name: 'No Rule Front Door', phone: '01234 222333' })],
    referral: {},
  }),
];
const PROFILE = testProfile();

function makeStore() {
  return createDraftsStore(defineDraftsItem(), { bankHolidays: new Set(), quarantine: defineQuarantineItem(), now: () => NOW, debounceMs: 20 });
}
const draft = (id: string, callAt: Date, extra = {}) => ({
  ...createDraft({ id, subject: 'child', area: AREAS[0], areaId: 'testshire', callAt, takenBy: '', reference: '', profile: PROFILE }, NOW, new Set()),
  ...extra,
});

describe('Referral drafts (side panel)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => cleanup());

  it('starts a pre-filled draft from the form, and copies the referral text', async () => {
    const store = makeStore();
    await store.hydrated;
    const copy = vi.fn(async (_: string) => {});
    render(<ReferralDrafts store={store} areas={AREAS} currentAreaId="testshire" profile={signal(PROFILE)} now={() => NOW} copy={copy} />);

    fireEvent.click(screen.getByRole('button', { name: 'New referral draft' }));
    expect((screen.getByRole('combobox', { name: 'Area' }) as HTMLInputElement).value).toBe('Testshire');
    // The call time in the GOV.UK pattern, UK time, defaulting to now.
    const callAt = screen.getByRole('group', { name: /Time of phone call \(UK time\)/ });
    expect(['Day', 'Month', 'Year', 'Time (24-hour)'].map((l) => (within(callAt).getByLabelText(l) as HTMLInputElement).value)).toEqual([
      '23',
      '11',
      '2026',
      '11:00',
    ]);
    // Nothing chosen yet: the form says what is missing.
    fireEvent.click(screen.getByRole('button', { name: 'Start draft' }));
    expect(screen.getByText('Choose whether the referral is about a child or an adult')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Child' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Who took the call' }), { target: { value: 'Sam' } });
    fireEvent.input(screen.getByRole('textbox', { name: /Reference/ }), { target: { value: 'MASH-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start draft' }));

    // The area's full file loads before the draft is pre-filled from it.
    expect(await screen.findByRole('heading', { name: 'Referral draft: child, Testshire' })).toBeTruthy();
    expect(screen.getByText(/Due by 11:00 tomorrow/)).toBeTruthy();
    expect(screen.getByText('24 h left')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Note: Your name' }) as HTMLTextAreaElement).value).toBe('Dr A. Example');
    expect(screen.getByText(/Deleted automatically on 23 Dec unless edited/)).toBeTruthy();

    const copyAll = screen.getByRole('button', { name: 'Copy referral text' });
    fireEvent.click(copyAll);
    const text = copy.mock.calls[0]![0];
    expect(text).toContain('Your name: Dr A. Example');
    expect(text).toContain('Front door phoned: Testshire MASH 01234 567890');
    expect(text).toContain('Deadline for the written referral: Due by Tuesday 24 November 2026 at 11:00 (UK time)');
    // The button itself says so, and so does the live region.
    await waitFor(() => expect(copyAll.textContent).toBe('Copied'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Referral text copied. Paste it into the online form.'));

    await store.flush();
    const stored = Object.values((await defineDraftsItem().getValue()).drafts);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.telephone).toMatchObject({ takenBy: 'Sam', reference: 'MASH-1' });
    store.dispose();
  });

  it('asks for the due time where the area has no confirmed deadline', async () => {
    const store = makeStore();
    await store.hydrated;
    render(<ReferralDrafts store={store} areas={AREAS} currentAreaId="norule" profile={signal(EMPTY_PROFILE)} now={() => NOW} />);
    fireEvent.click(screen.getByRole('button', { name: 'New referral draft' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Adult' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start draft' }));
    expect(await screen.findByText('No confirmed deadline for this area: set the due time')).toBeTruthy();
    const due = screen.getByRole('group', { name: 'Due time (UK time)' });
    for (const [label, value] of [['Day', '24'], ['Month', '11'], ['Year', '2026'], ['Time (24-hour)', '17:00']]) {
      fireEvent.input(within(due).getByLabelText(label!), { target: { value } });
    }
    expect(screen.getByText(/Due by 17:00 tomorrow/)).toBeTruthy();
    store.dispose();
  });

  it('lists drafts by due time with time left or Overdue', async () => {
    await defineDraftsItem().setValue({
      drafts: {
        late: draft('late', new Date('2026-11-22T09:00:00Z')),
        soon: draft('soon', new Date('2026-11-23T08:00:00Z')),
        done: draft('done', new Date('2026-11-21T08:00:00Z'), { submittedAt: NOW.toISOString() }),
      },
      deleted: {},
    });
    const store = makeStore();
    await store.hydrated;
    render(<ReferralDrafts store={store} areas={AREAS} currentAreaId="testshire" profile={signal(PROFILE)} now={() => NOW} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.ref-list__due')?.textContent)).toEqual([
      'Due by 09:00 Overdue',
      'Due by 08:00 tomorrow 21 h left',
      'Submitted 11:00',
    ]);
    store.dispose();
  });

  it('reopens where the practitioner left off: the draft, with focus in the item last edited', async () => {
    await defineDraftsItem().setValue({ drafts: { a: draft('a', new Date('2026-11-23T08:00:00Z')) }, deleted: {} });
    const store = makeStore();
    await store.hydrated;
    const places: unknown[] = [];
    render(
      <ReferralDrafts
        store={store}
        areas={AREAS}
        currentAreaId="testshire"
        profile={signal(PROFILE)}
        now={() => NOW}
        initialDraftId="a"
        initialItemId="safety.actions"
        onPlace={(draftId, itemId) => places.push([draftId, itemId])}
      />,
    );
    const note = screen.getByRole('textbox', { name: 'Note: Actions already taken' });
    expect(document.activeElement).toBe(note);
    fireEvent.input(screen.getByRole('textbox', { name: 'Note: Risks to professionals visiting' }), { target: { value: 'Dog' } });
    expect(places).toContainEqual(['a', 'safety.visiting']);
    fireEvent.click(screen.getByRole('button', { name: 'Back to drafts' }));
    expect(places.at(-1)).toEqual([null, undefined]);
    store.dispose();
  });

  it('deletes a draft only after confirming, and all drafts after confirming', async () => {
    await defineDraftsItem().setValue({
      drafts: { a: draft('a', new Date('2026-11-23T08:00:00Z')), b: draft('b', new Date('2026-11-23T09:00:00Z')) },
      deleted: {},
    });
    const store = makeStore();
    await store.hydrated;
    render(<ReferralDrafts store={store} areas={AREAS} currentAreaId="testshire" profile={signal(PROFILE)} now={() => NOW} initialDraftId="a" />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete draft' }));
    expect(store.drafts.value).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete this draft' }));
    expect(store.drafts.value.map((d) => d.id)).toEqual(['b']);

    fireEvent.click(screen.getByRole('button', { name: 'Delete all drafts' }));
    expect(screen.getByText('Delete all 1 draft? It cannot be undone.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete all drafts' }));
    await store.flush();
    expect((await defineDraftsItem().getValue()).drafts).toEqual({});
    expect(screen.getByText('No drafts.')).toBeTruthy();
    store.dispose();
  });

  it('tells the user about a draft set aside and offers it as raw JSON; the others stay', async () => {
    await fakeBrowser.storage.local.set({
      drafts: { drafts: { a: draft('a', NOW), broken: { id: 'broken', note: 'half a referral' } }, deleted: {} },
      drafts$: { v: 2 },
    });
    const store = makeStore();
    await store.hydrated;
    render(<ReferralDrafts store={store} areas={AREAS} currentAreaId="testshire" profile={signal(PROFILE)} now={() => NOW} />);
    expect(screen.getByText('1 saved draft could not be read and was set aside.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export it' }));
    const json = (screen.getByRole('textbox', { name: 'Set-aside data (JSON), to copy' }) as HTMLTextAreaElement).value;
    expect(JSON.parse(json)[0].raw).toEqual({ id: 'broken', note: 'half a referral' });
    expect(screen.getByRole('link', { name: 'Download as a file (JSON)' }).getAttribute('href')).toMatch(/^data:application\/json/);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    store.dispose();
  });

  it('shows a full-storage error and keeps the typed text in the field', async () => {
    await defineDraftsItem().setValue({ drafts: { a: draft('a', NOW) }, deleted: {} });
    const store = makeStore();
    await store.hydrated;
    render(<ReferralDrafts store={store} areas={AREAS} currentAreaId="testshire" profile={signal(PROFILE)} now={() => NOW} initialDraftId="a" />);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    const note = screen.getByRole('textbox', { name: 'Note: Observations' }) as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'Every word kept' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(QUOTA_MESSAGE));
    expect(note.value).toBe('Every word kept');
    store.dispose();
  });
});

describe('DraftSummary (popup)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => cleanup());

  const table: [calls: [id: string, callAt: string][], expected: string | null][] = [
    [[], null],
    [[['a', '2026-11-23T08:00:00Z']], '1 referral due in 21 h'],
    [[['a', '2026-11-22T08:00:00Z']], '1 referral overdue'],
    [[['a', '2026-11-23T08:00:00Z'], ['b', '2026-11-23T10:00:00Z']], '2 referrals open, next due in 21 h'],
  ];
  it.each(table)('%j → %s', async (calls, expected) => {
    await defineDraftsItem().setValue({
      drafts: Object.fromEntries(calls.map(([id, at]) => [id, draft(id, new Date(at))])),
      deleted: {},
    });
    const store = makeStore();
    await store.hydrated;
    const { container } = render(<DraftSummary store={store} now={() => NOW} />);
    expect(container.textContent || null).toBe(expected);
    store.dispose();
  });

  it('follows drafts saved in another page', async () => {
    const store = makeStore();
    await store.hydrated;
    render(<DraftSummary store={store} now={() => NOW} />);
    expect(screen.queryByTestId('draft-summary')).toBeNull();
    await defineDraftsItem().setValue({ drafts: { a: draft('a', new Date('2026-11-23T10:00:00Z')) }, deleted: {} });
    await waitFor(() => expect(screen.getByTestId('draft-summary').textContent).toBe('1 referral due in 23 h'));
    store.dispose();
  });
});

describe('copying when the browser refuses the clipboard', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => cleanup());

  it('shows the referral text to copy by hand', async () => {
    await defineDraftsItem().setValue({ drafts: { a: draft('a', NOW) }, deleted: {} });
    const store = makeStore();
    await store.hydrated;
    const copy = vi.fn(async () => {
      throw new Error('denied');
    });
    render(
      <ReferralDrafts store={store} areas={AREAS} currentAreaId="testshire" profile={signal(PROFILE)} now={() => NOW} initialDraftId="a" copy={copy} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy referral text' }));
    const text = (await screen.findByRole('textbox', { name: 'Referral text, to copy' })) as HTMLTextAreaElement;
    expect(text.value).toContain('Front door phoned: Testshire MASH 01234 567890');
    store.dispose();
  });
});

describe('a draft a practitioner can finish between patients', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => cleanup());

  async function openDraft(extra = {}) {
    await defineDraftsItem().setValue({ drafts: { a: draft('a', new Date('2026-11-23T10:30:00Z'), extra) }, deleted: {} });
    const store = makeStore();
    await store.hydrated;
    const copy = vi.fn(async (_: string) => {});
    render(<ReferralDrafts store={store} areas={AREAS} currentAreaId="testshire" profile={signal(PROFILE)} now={() => NOW} initialDraftId="a" copy={copy} />);
    return { store, copy };
  }

  it('folds the sections: only the one in progress is open, each shows how much is done', async () => {
    const { store } = await openDraft();
    const sections = [...document.querySelectorAll<HTMLDetailsElement>('details.ref-section')];
    expect(sections.map((d) => d.querySelector('h4')?.textContent)).toEqual([
      '1. Immediate safety',
      '2. The concern',
      '3. The child',
      '4. Consent and information sharing',
      '5. Referrer',
      '6. Telephone referral',
      '7. Household and family',
      '8. Professionals involved',
      '9. Their voice',
    ]);
    expect(sections.map((d) => d.open)).toEqual([true, false, false, false, false, false, false, false, false]);
    expect(sections[5]?.querySelector('summary')?.textContent).toMatch(/\d of 6 done/);
    // The essentials first within a section: the child's name, date of birth and address.
    expect([...sections[2]!.querySelectorAll('.ref-item__label')].slice(0, 3).map((l) => l.textContent)).toEqual([
      'Full name',
      'Date of birth (or expected date of delivery for an unborn baby)',
      'Address and postcode',
    ]);
    store.dispose();
  });

  it('the section list opens a folded section and puts focus on its heading', async () => {
    const { store } = await openDraft();
    const nav = screen.getByRole('navigation', { name: 'Sections of this draft' });
    fireEvent.click(within(nav).getByRole('link', { name: 'Referrer' }));
    const referrer = document.querySelector<HTMLDetailsElement>('details[id$="-referrer"]')!;
    expect(referrer.open).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(referrer.querySelector('summary')));
    store.dispose();
  });

  it('copies one answer and one section; each button says "Copied" and the page announces it', async () => {
    const { store, copy } = await openDraft();
    fireEvent.input(screen.getByRole('textbox', { name: 'Note: Actions already taken' }), { target: { value: 'Told mum' } });
    const answer = screen.getByRole('button', { name: 'Copy answer: Actions already taken' });
    fireEvent.click(answer);
    await waitFor(() => expect(answer.textContent).toBe('Copied'));
    expect(copy).toHaveBeenLastCalledWith('Told mum');
    expect(screen.getByRole('status').textContent).toBe('Actions already taken copied. Paste it into the online form.');
    const section = screen.getByRole('button', { name: 'Copy section: Immediate safety' });
    fireEvent.click(section);
    await waitFor(() => expect(section.textContent).toBe('Copied'));
    expect(copy).toHaveBeenLastCalledWith('Immediate safety\nActions already taken: Told mum\n');
    // Writing the note made the item done, with no status pressed.
    expect(store.draft('a')?.items['safety.actions']?.status).toBe('done');
    store.dispose();
  });

  it('the call time takes a UK date and 24-hour time, and explains a wrong one without losing it', async () => {
    const { store } = await openDraft();
    fireEvent.click(screen.getByText('Call details'));
    const call = screen.getByRole('group', { name: 'Time of phone call (UK time)' });
    const day = within(call).getByLabelText('Day') as HTMLInputElement;
    fireEvent.input(day, { target: { value: '31' } });
    fireEvent.input(within(call).getByLabelText('Month'), { target: { value: '11' } });
    fireEvent.change(day);
    expect(within(call).getByText('Day must be a number from 1 to 30')).toBeTruthy();
    expect(day.value).toBe('31');
    expect(store.draft('a')?.telephone.at).toBe('2026-11-23T10:30:00.000Z');
    fireEvent.input(day, { target: { value: '22' } });
    const time = within(call).getByLabelText('Time (24-hour)');
    fireEvent.input(time, { target: { value: '9.15' } });
    await waitFor(() => expect(store.draft('a')?.telephone.at).toBe('2026-11-22T09:15:00.000Z'));
    fireEvent.input(time, { target: { value: '25:00' } });
    fireEvent.change(time);
    expect(within(call).getByText('Enter the time in 24-hour form, for example 14:30')).toBeTruthy();
    store.dispose();
  });

  it('Escape cancels "Delete draft" and gives focus back to it', async () => {
    const { store } = await openDraft();
    const del = screen.getByRole('button', { name: 'Delete draft' });
    fireEvent.click(del);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Yes, delete this draft' }), { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Yes, delete this draft' })).toBeNull();
    expect(document.activeElement).toBe(del);
    expect(store.draft('a')).toBeTruthy();
    store.dispose();
  });

  it('a submitted draft loses its countdown and says when it was submitted', async () => {
    const { store } = await openDraft();
    expect(screen.getByText(/ left$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark as submitted' }));
    expect(screen.queryByText(/ left$/)).toBeNull();
    expect(screen.getByText('Submitted 11:00')).toBeTruthy();
    store.dispose();
  });
});
