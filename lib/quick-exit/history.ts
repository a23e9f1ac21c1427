// Opt-in removal of the closed page from history. Both permissions are optional and requested
// only when the user ticks "Also remove the closed page from history":
// - `history` for history.deleteUrl;
// - `tabs` so the background can read the closing tab's URL. Without it tabs.query returns no
//   url, and guessing from history.search (most recent visit) could delete the wrong page while
//   leaving the one that mattered. `tabs` reveals less than `history` already does, and both
//   are asked for in one prompt, at the moment the user opts in.
import type { Browser } from 'wxt/browser';

type Permission = Browser.runtime.ManifestPermission;

export const HISTORY_PERMISSION: Permission = 'history';
export const HISTORY_REMOVAL_PERMISSIONS: Permission[] = [HISTORY_PERMISSION, 'tabs'];

/** The part of `browser.permissions` used here. */
export interface PermissionsApi {
  request(permissions: { permissions: Permission[] }): Promise<boolean>;
  remove(permissions: { permissions: Permission[] }): Promise<boolean>;
  contains(permissions: { permissions: Permission[] }): Promise<boolean>;
}

/**
 * Must be called synchronously from the click/change handler: browsers only show the
 * permission prompt during a user gesture. Resolves false if refused or if the prompt failed.
 */
export function requestHistoryRemoval(permissions: PermissionsApi): Promise<boolean> {
  try {
    return permissions.request({ permissions: HISTORY_REMOVAL_PERMISSIONS }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Turning the option off gives the permissions back, so the extension holds no more than it uses. */
export async function releaseHistoryRemoval(permissions: PermissionsApi): Promise<void> {
  try {
    await permissions.remove({ permissions: HISTORY_REMOVAL_PERMISSIONS });
  } catch {
    // Already released (or never granted): nothing to give back.
  }
}

export async function hasHistoryRemoval(permissions: PermissionsApi): Promise<boolean> {
  try {
    return await permissions.contains({ permissions: HISTORY_REMOVAL_PERMISSIONS });
  } catch {
    return false;
  }
}
