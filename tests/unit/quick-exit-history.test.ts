import { describe, expect, it, vi } from 'vitest';
import { hasHistoryRemoval, HISTORY_REMOVAL_PERMISSIONS, releaseHistoryRemoval, requestHistoryRemoval, type PermissionsApi } from '../../lib/quick-exit/history';

function permissions(overrides: Partial<PermissionsApi> = {}): PermissionsApi {
  return { request: vi.fn(async () => true), remove: vi.fn(async () => true), contains: vi.fn(async () => true), ...overrides };
}

describe('the optional history permissions', () => {
  it('asks for history and tabs together, in one prompt', async () => {
    const p = permissions();
    await expect(requestHistoryRemoval(p)).resolves.toBe(true);
    expect(p.request).toHaveBeenCalledWith({ permissions: ['history', 'tabs'] });
    expect(HISTORY_REMOVAL_PERMISSIONS).toEqual(['history', 'tabs']);
  });

  it.each([
    ['refused', permissions({ request: vi.fn(async () => false) })],
    ['the prompt failed', permissions({ request: vi.fn(async () => Promise.reject(new Error('no gesture'))) })],
    [
      'the API threw',
      permissions({
        request: vi.fn(() => {
          throw new Error('not allowed');
        }),
      }),
    ],
  ])('reads %s as not granted', async (_, p) => {
    await expect(requestHistoryRemoval(p)).resolves.toBe(false);
  });

  it('gives both back when the option is turned off, and a failure there is harmless', async () => {
    const p = permissions();
    await releaseHistoryRemoval(p);
    expect(p.remove).toHaveBeenCalledWith({ permissions: ['history', 'tabs'] });
    await expect(releaseHistoryRemoval(permissions({ remove: vi.fn(async () => Promise.reject(new Error('never granted'))) }))).resolves.toBeUndefined();
  });

  it('says whether both are held, and false when the browser cannot say', async () => {
    const p = permissions({ contains: vi.fn(async () => false) });
    await expect(hasHistoryRemoval(p)).resolves.toBe(false);
    expect(p.contains).toHaveBeenCalledWith({ permissions: ['history', 'tabs'] });
    await expect(hasHistoryRemoval(permissions())).resolves.toBe(true);
    await expect(hasHistoryRemoval(permissions({ contains: vi.fn(async () => Promise.reject(new Error('x'))) }))).resolves.toBe(false);
  });
});
