// The stored preferences item without its schema, so the popup can read it before zod loads;
// every value read through it is checked with parsePreferences (preferences.ts) before use.
import { storage } from 'wxt/utils/storage';
import type { Preferences } from './preferences';

export const DEFAULT_RETENTION_DAYS = 30;

export const DEFAULT_PREFERENCES: Preferences = { areaId: null, retentionDays: DEFAULT_RETENTION_DAYS };

export const preferencesItem = storage.defineItem<Preferences>('local:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});
