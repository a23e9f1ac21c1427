import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ContactCard } from '../../components/ContactCard';
import type { Contact, Hours } from '../../lib/contacts/schema';
import { testContact } from '../fixtures/areas';

const TUE_1000 = new Date('2026-12-01T10:00:00Z');
const OFFICE: Hours = { kind: 'weekly', periods: [{ days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], open: '09:00', close: '17:00' }], bankHolidays: 'closed', text: 'Mon–Fri 09:00–17:00' };
const UNSTATED: Hours = { kind: 'unstated', text: 'Office hours; not stated by any source' };

function card(contact: Contact) {
  render(
    <ul>
      <ContactCard contact={contact} now={TUE_1000} bankHolidays={new Set()} onCopy={() => undefined} />
    </ul>,
  );
  const li = screen.getByTestId('contact');
  return {
    warnings: [...li.querySelectorAll('[data-testid="contact-verify"]')].map((w) => w.textContent),
    tag: li.querySelector('.contact__hours .nhsuk-tag'),
    text: li.textContent ?? '',
  };
}

describe('a contact card says at most one thing about what is unconfirmed', () => {
  afterEach(() => cleanup());

  it.each([
    ['confirmed number and hours', { number: 'confirmed', hours: 'confirmed' }, OFFICE, null, 'Open until 17:00', 'open'],
    ['number to verify', { number: 'verify', hours: 'confirmed' }, OFFICE, /^Verify Number not confirmed/, 'Open until 17:00', 'open'],
    ['hours to verify', { number: 'confirmed', hours: 'verify' }, OFFICE, /^Verify Hours not confirmed/, 'Probably open until 17:00 — hours not confirmed', 'probable'],
    ['both to verify', { number: 'verify', hours: 'verify' }, OFFICE, /^Verify Number and hours not confirmed/, 'Probably open until 17:00 — hours not confirmed', 'probable'],
    ['hours not published', { number: 'confirmed', hours: 'verify' }, UNSTATED, /^Verify Hours not confirmed/, 'Hours not published', 'verify'],
  ] as const)('%s', (_, confidence, hours, warning, label, tone) => {
    const { warnings, tag, text } = card(testContact({ confidence, hours }));
    if (warning) {
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(warning);
    } else {
      expect(warnings).toEqual([]);
    }
    expect(tag?.textContent).toBe(label);
    expect(tag?.className).toContain(`nhsuk-tag--${tone}`);
    // Not said twice: no "not stated" text beside "Hours not published", no second "check before".
    expect(text).not.toMatch(/not stated by any source/);
    expect(text.match(/check/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('a contact corrected by the organisation says so, with its note', () => {
    const corrected = { ...testContact({ phone: '01902 552998' }), correction: 'New EDT number from 1 December' };
    const { text } = card(corrected);
    expect(text).toContain('Corrected by your organisation: New EDT number from 1 December');
    expect(text).toContain('01902 552998');
  });
});
