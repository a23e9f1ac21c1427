import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CallNow } from '../../components/CallNow';
import { ContactCard } from '../../components/ContactCard';
import { testArea, testContact } from '../fixtures/areas';

describe('the practice’s own contacts on screen', () => {
  afterEach(() => cleanup());
  const lead = testContact({ id: 'own-lead', name: 'Practice safeguarding lead', role: 'local-lead', phone: '01902 000123', origin: 'device', hours: { kind: 'unstated', text: 'Practice hours' }, confidence: { number: 'confirmed', hours: 'verify' } });

  it('a local lead shows in a "Your organisation" group under Call now', () => {
    render(<CallNow area={testArea({ contacts: [testContact(), lead] })} now={new Date('2026-12-01T10:00:00Z')} bankHolidays={new Set()} />);
    const section = screen.getByRole('region', { name: 'Call now' });
    const group = within(section).getByRole('heading', { name: 'Your organisation' }).parentElement as HTMLElement;
    expect(within(group).getByRole('link', { name: /Call Practice safeguarding lead on 01902 000123/ })).toBeTruthy();
  });

  it('its card says it was added on this device', () => {
    render(
      <ul>
        <ContactCard contact={lead} now={new Date()} bankHolidays={new Set()} onCopy={() => undefined} />
      </ul>,
    );
    expect(screen.getByText('Added on this device')).toBeTruthy();
  });
});
