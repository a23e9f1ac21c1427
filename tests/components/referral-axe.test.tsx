import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
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

// Structure and naming rules only: happy-dom has no layout, so contrast and target size are
// checked by the E2E run in Chromium.
async function violations() {
  const result = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('referral views pass axe (structure and names)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => cleanup());

  it('the list, the new draft form, and the editor with its confirm step', async () => {
    const draft = createDraft(
      { id: 'd1', subject: 'adult', area: AREA, areaId: AREA.id, callAt: NOW, takenBy: '', reference: '', profile: EMPTY_PROFILE },
      NOW,
      new Set(),
    );
    await defineDraftsItem().setValue({ drafts: { d1: draft, broken: { id: 'broken' } as never }, deleted: {} });
    const store = createDraftsStore(defineDraftsItem(), { bankHolidays: new Set(), quarantine: defineQuarantineItem(), now: () => NOW });
    await store.hydrated;
    render(
      <main>
        <h1>Safeguarding Companion</h1>
        <ReferralDrafts store={store} areas={[AREA]} currentAreaId={AREA.id} profile={signal(EMPTY_PROFILE)} now={() => NOW} />
      </main>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all drafts' }));
    expect(await violations()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'New referral draft' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start draft' }));
    expect(await violations()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: /^Adult, Testshire/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Trafficking / modern slavery' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete draft' }));
    expect(await violations()).toEqual([]);
    store.dispose();
  }, 30_000);
});
