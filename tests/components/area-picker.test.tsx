import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AreaPicker } from '../../components/AreaPicker';
import type { AreaIndexEntry } from '../../lib/contacts/area-options';

const entry = (id: string, name: string): AreaIndexEntry => ({ id, name, council: `${name} Council`, councilCode: 'E06000001' });
const AREAS = [
  entry('bournemouth-christchurch-and-poole', 'Bournemouth, Christchurch and Poole'),
  entry('bristol', 'Bristol'),
  entry('kingston-upon-hull', 'Kingston upon Hull'),
  entry('kingston-upon-thames', 'Kingston upon Thames'),
  entry('walsall', 'Walsall'),
];

function setup(props: Partial<Parameters<typeof AreaPicker>[0]> = {}) {
  const onChange = vi.fn();
  render(<AreaPicker areas={AREAS} value="walsall" onChange={onChange} {...props} />);
  const input = screen.getByRole('combobox', { name: 'Area' }) as HTMLInputElement;
  input.focus();
  return { input, onChange };
}
const active = (input: HTMLInputElement) => document.getElementById(input.getAttribute('aria-activedescendant') ?? '')?.textContent;

describe('Area picker (combobox) by keyboard', () => {
  afterEach(() => cleanup());

  it('shows the chosen area’s full name, closed', () => {
    const { input } = setup({ value: 'bournemouth-christchurch-and-poole' });
    expect(input.value).toBe('Bournemouth, Christchurch and Poole');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('type a few letters, the matches list, Enter picks the first', () => {
    const { input, onChange } = setup();
    fireEvent.input(input, { target: { value: 'kings' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Kingston upon Hull', 'Kingston upon Thames']);
    expect(active(input)).toBe('Kingston upon Hull');
    expect(screen.getByRole('status').textContent).toBe('2 councils match.');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('kingston-upon-hull');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('arrows move through the matches and wrap; Enter picks the highlighted one', () => {
    const { input, onChange } = setup();
    fireEvent.input(input, { target: { value: 'kings' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(active(input)).toBe('Kingston upon Thames');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(active(input)).toBe('Kingston upon Hull');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(active(input)).toBe('Kingston upon Thames');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('kingston-upon-thames');
  });

  it('Down on the closed field opens the whole list at the current area', () => {
    const { input } = setup();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')).toHaveLength(5);
    expect(active(input)).toBe('Walsall');
  });

  it('Escape closes the list, a second Escape undoes the typing; nothing is chosen', () => {
    const { input, onChange } = setup();
    fireEvent.input(input, { target: { value: 'bri' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('bri');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('Walsall');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says when nothing matches and points to the postcode', () => {
    const { input } = setup();
    fireEvent.input(input, { target: { value: 'atlantis' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toMatch(/No council matches "atlantis". Try the postcode/);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(input.value).toBe('atlantis'); // nothing lost, nothing chosen
  });

  it('leaving the field puts back the chosen name', () => {
    const { input } = setup();
    fireEvent.input(input, { target: { value: 'bri' } });
    fireEvent.blur(input);
    expect(input.value).toBe('Walsall');
  });

  it('puts the practitioner’s own area first, and says so', () => {
    const { input } = setup({ ownAreaId: 'walsall' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[0]?.textContent).toBe('Walsall (your area)');
  });

  it('is disabled with the organisation’s reason when the area is locked', () => {
    const { input } = setup({ lockedBy: 'Your organisation has set this area.' });
    expect(input.disabled).toBe(true);
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe('Your organisation has set this area.');
  });
});
