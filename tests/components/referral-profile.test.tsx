import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfileForm } from '../../components/referral/ProfileForm';
import { defineProfileItem } from '../../lib/settings/profile';
import { createProfileStore } from '../../lib/state/profile-store';
import { defineQuarantineItem } from '../../lib/storage/quarantine';

describe('Your details (options)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => cleanup());

  it('shows the saved profile and saves what is typed', async () => {
    await defineProfileItem().setValue({ name: 'Dr A. Example', role: '', organisation: '', phone: '', email: '' });
    const store = createProfileStore(defineProfileItem(), { debounceMs: 20, quarantine: defineQuarantineItem() });
    await store.hydrated;
    render(<ProfileForm store={store} />);
    expect((screen.getByRole('textbox', { name: 'Your name' }) as HTMLInputElement).value).toBe('Dr A. Example');
    for (const label of ['Role', 'Organisation', 'Phone', 'Email']) expect(screen.getByRole('textbox', { name: label })).toBeTruthy();

    fireEvent.input(screen.getByRole('textbox', { name: 'Organisation' }), { target: { value: 'Example Street Surgery' } });
    await waitFor(async () => expect((await defineProfileItem().getValue()).organisation).toBe('Example Street Surgery'));
    expect((await defineProfileItem().getValue()).name).toBe('Dr A. Example');
    store.dispose();
  });

  it('keeps a field being typed when another page saves the profile', async () => {
    const a = createProfileStore(defineProfileItem(), { debounceMs: 10_000, quarantine: defineQuarantineItem() });
    await a.hydrated;
    a.update({ role: 'Practice nurse' });
    await defineProfileItem().setValue({ name: 'From options', role: '', organisation: '', phone: '', email: '' });
    expect(a.profile.value).toMatchObject({ name: 'From options', role: 'Practice nurse' });
    await a.flush();
    expect(await defineProfileItem().getValue()).toMatchObject({ name: 'From options', role: 'Practice nurse' });
    a.dispose();
  });
});
