import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../lib/clipboard';

describe('copyText', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('puts the text on the clipboard', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await copyText('01902 552999');
    expect(write).toHaveBeenCalledWith('01902 552999');
  });

  it('falls back to a selection copy when the clipboard refuses, and gives focus back', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('not focused'));
    const exec = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    await copyText('referral text');
    expect(exec).toHaveBeenCalledWith('copy');
    expect(document.activeElement).toBe(button);
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('says what to do when both routes fail', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('not focused'));
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    await expect(copyText('x')).rejects.toThrow(/Select the text and press Ctrl\+C/);
  });
});
