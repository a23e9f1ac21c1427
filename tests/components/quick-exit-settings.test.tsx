import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuickExitSettings } from '../../components/QuickExitSettings';
import { DEFAULT_QUICK_EXIT_SETTINGS, type QuickExitSettings as Settings } from '../../lib/settings/quick-exit';

afterEach(cleanup);

function renderSettings(options: { grant?: boolean; initial?: Partial<Settings> } = {}) {
  const saves: Partial<Settings>[] = [];
  const requestHistoryPermission = vi.fn(() => Promise.resolve(options.grant ?? true));
  const releaseHistoryPermission = vi.fn(() => Promise.resolve());
  function Harness() {
    const [settings, setSettings] = useState<Settings>({ ...DEFAULT_QUICK_EXIT_SETTINGS, ...options.initial });
    return (
      <QuickExitSettings
        settings={settings}
        onSave={async (patch) => {
          saves.push(patch);
          setSettings((s) => ({ ...s, ...patch }));
        }}
        requestHistoryPermission={requestHistoryPermission}
        releaseHistoryPermission={releaseHistoryPermission}
      />
    );
  }
  render(<Harness />);
  return { saves, requestHistoryPermission, releaseHistoryPermission };
}

const field = () => screen.getByLabelText('Neutral page') as HTMLInputElement;
const box = () => screen.getByLabelText('Also remove the closed page from history') as HTMLInputElement;
const saveNeutralPage = (value: string) => {
  fireEvent.input(field(), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Save neutral page' }));
};

describe('QuickExitSettings: neutral page', () => {
  it('shows BBC Weather by default', () => {
    renderSettings();
    expect(field().value).toBe('https://www.bbc.co.uk/weather');
  });

  it.each(['http://www.bbc.co.uk/weather', 'www.bbc.co.uk/weather', 'javascript:alert(1)'])(
    'refuses %s with "Enter an address starting with https://", linked to the field',
    async (value) => {
      const { saves } = renderSettings();
      saveNeutralPage(value);
      const error = await screen.findByText('Enter an address starting with https://');
      expect(field().getAttribute('aria-invalid')).toBe('true');
      expect(field().getAttribute('aria-describedby')).toContain(error.parentElement!.id);
      expect(saves).toEqual([]);
    },
  );

  it('saves a valid https address', async () => {
    const { saves } = renderSettings();
    saveNeutralPage('https://www.metoffice.gov.uk/');
    await screen.findByText('Neutral page saved.');
    expect(saves).toEqual([{ neutralPageUrl: 'https://www.metoffice.gov.uk/' }]);
  });
});

describe('QuickExitSettings: history removal', () => {
  it('is off by default', () => {
    renderSettings();
    expect(box().checked).toBe(false);
  });

  it('asks for the permission during the click itself, and turns on when granted', async () => {
    const { saves, requestHistoryPermission } = renderSettings({ grant: true });
    fireEvent.click(box());
    // Synchronously inside the handler: the browser only prompts during the user's gesture.
    expect(requestHistoryPermission).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(box().checked).toBe(true));
    expect(saves).toEqual([{ removeFromHistory: true }]);
  });

  it('stays off with a message when the permission is refused', async () => {
    const { saves } = renderSettings({ grant: false });
    fireEvent.click(box());
    await screen.findByText('The browser did not give permission, so closed pages stay in history.');
    expect(box().checked).toBe(false);
    expect(saves).toEqual([]);
  });

  it('turning it off saves and gives the permission back', async () => {
    const { saves, releaseHistoryPermission, requestHistoryPermission } = renderSettings({
      initial: { removeFromHistory: true },
    });
    expect(box().checked).toBe(true);
    fireEvent.click(box());
    await waitFor(() => expect(releaseHistoryPermission).toHaveBeenCalledTimes(1));
    expect(saves).toEqual([{ removeFromHistory: false }]);
    expect(requestHistoryPermission).not.toHaveBeenCalled();
    expect(box().checked).toBe(false);
  });
});

describe('QuickExitSettings: honesty', () => {
  it('says what a quick exit does and does not hide', () => {
    renderSettings();
    const heading = screen.getByRole('heading', { name: 'What quick exit does and does not hide' });
    const text = heading.parentElement!.textContent!;
    expect(text).toContain('closes the current tab');
    expect(text).toContain('does not erase your browsing history unless');
    expect(text).toContain('stay on this device');
    expect(text).toMatch(/synced/);
    expect(text).toMatch(/routers/);
  });
});
