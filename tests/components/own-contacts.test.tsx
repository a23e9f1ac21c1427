import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OwnContacts } from '../../components/OwnContacts';
import type { AreaIndexEntry } from '../../lib/contacts/area-options';
import { EMPTY_OWN_CONTACTS, removeOwnContact, upsertOwnContact, type OwnContacts as List } from '../../lib/settings/own-contacts';

const AREAS: AreaIndexEntry[] = [{ id: 'wolverhampton', name: 'Wolverhampton', council: 'City of Wolverhampton Council', councilCode: 'E08000031' }];

function setup() {
  const list = signal<List>(EMPTY_OWN_CONTACTS);
  const Harness = () => (
    <OwnContacts
      list={list.value}
      areas={AREAS}
      today="2026-12-01"
      onSave={(e) => void (list.value = upsertOwnContact(list.value, e))}
      onDelete={(id) => void (list.value = removeOwnContact(list.value, id))}
    />
  );
  render(<Harness />);
  return list;
}
// Keyboard only: focus, type, Enter on a focused button submits or activates it.
const press = (el: HTMLElement) => {
  el.focus();
  fireEvent.keyDown(el, { key: 'Enter' });
  fireEvent.click(el);
};

describe('your own contacts, with the keyboard', () => {
  afterEach(() => cleanup());

  it('adds a contact: the form opens on its name, says what is wrong, and keeps what was typed', async () => {
    const list = setup();
    press(screen.getByRole('button', { name: 'Add a contact' }));
    const name = screen.getByLabelText('Name') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.input(name, { target: { value: 'Practice safeguarding lead' } });
    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '01902 0001' } });
    press(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByText(/10 or 11 digits/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Phone'));
    expect(name.value).toBe('Practice safeguarding lead');
    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '01902 000123' } });
    press(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(list.value.contacts).toHaveLength(1));
    expect(list.value.contacts[0]).toMatchObject({ areaId: 'all', contact: { name: 'Practice safeguarding lead', role: 'local-lead', phone: '01902 000123' } });
    expect(screen.getByText(/Practice safeguarding lead/).closest('li')?.textContent).toMatch(/All my areas/);
  });

  it('edits and deletes it; delete asks first and Escape keeps it', async () => {
    const list = setup();
    press(screen.getByRole('button', { name: 'Add a contact' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Named GP' } });
    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '01902 000123' } });
    press(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(list.value.contacts).toHaveLength(1));

    press(screen.getByRole('button', { name: 'Edit Named GP' }));
    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '01902 000999' } });
    press(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(list.value.contacts[0]?.contact.phone).toBe('01902 000999'));
    expect(list.value.contacts).toHaveLength(1);

    press(screen.getByRole('button', { name: 'Delete Named GP' }));
    const confirm = screen.getByText(/Delete Named GP\? It cannot be undone/).closest('div') as HTMLElement;
    fireEvent.keyDown(within(confirm).getByRole('button', { name: 'Yes, delete it' }), { key: 'Escape' });
    expect(screen.queryByText(/It cannot be undone/)).toBeNull();
    expect(list.value.contacts).toHaveLength(1);
    press(screen.getByRole('button', { name: 'Delete Named GP' }));
    press(screen.getByRole('button', { name: 'Yes, delete it' }));
    await waitFor(() => expect(list.value.contacts).toEqual([]));
  });
});
