// The practitioner's own choices that are not patient data. Stored in storage.local (never sync:
// shared NHS computers often sign one browser profile into several devices).
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';

export const DEFAULT_RETENTION_DAYS = 30;

export const PreferencesSchema = z.object({
  areaId: z.nullable(z.string()),
  retentionDays: z.number().check(z.int(), z.minimum(1), z.maximum(365)),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { areaId: null, retentionDays: DEFAULT_RETENTION_DAYS };

export const preferencesItem = storage.defineItem<Preferences>('local:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});

/** A stored value that fails the schema falls back to defaults field by field, keeping what is valid. */
export function parsePreferences(raw: unknown): { value: Preferences; problem: string | null } {
  const whole = PreferencesSchema.safeParse(raw);
  if (whole.success) return { value: whole.data, problem: null };
  const value = { ...DEFAULT_PREFERENCES };
  if (raw && typeof raw === 'object') {
    const r = raw as Record<string, unknown>;
    if (PreferencesSchema.shape.areaId.safeParse(r.areaId).success) value.areaId = r.areaId as string | null;
    if (PreferencesSchema.shape.retentionDays.safeParse(r.retentionDays).success) value.retentionDays = r.retentionDays as number;
  }
  return { value, problem: 'Your saved settings could not all be read; defaults are used for the rest. Choose your area again if it is wrong.' };
}
