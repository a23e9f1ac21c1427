// The practitioner's own choices that are not patient data. Stored in storage.local (never sync:
// shared NHS computers often sign one browser profile into several devices).
import * as z from 'zod/mini';
import { DEFAULT_PREFERENCES } from './preferences-item';

export { DEFAULT_PREFERENCES, DEFAULT_RETENTION_DAYS, preferencesItem } from './preferences-item';

export const PreferencesSchema = z.object({
  areaId: z.nullable(z.string()),
  retentionDays: z.number().check(z.int(), z.minimum(1), z.maximum(365)),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

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
