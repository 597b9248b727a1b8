/** The user's data settings: one record, defaults until first saved. */
import type { SpecLensDb } from './db';
import { StoreRequestError } from './errors';
import { DEFAULT_SETTINGS, SETTINGS_ID, type SettingsRecord } from './records';
import { inTransaction } from './transaction';

export type SettingsPatch = Partial<Pick<SettingsRecord, 'retentionDays' | 'redactPersonalData'>>;

export const MAX_RETENTION_DAYS = 36_500;

export async function getSettings(db: SpecLensDb): Promise<SettingsRecord> {
  return (await db.get('settings', SETTINGS_ID)) ?? { ...DEFAULT_SETTINGS };
}

/** Why a patch cannot be applied, or null. */
export function settingsPatchProblem(patch: SettingsPatch): string | null {
  const { retentionDays, redactPersonalData } = patch;
  if (retentionDays !== undefined && retentionDays !== null) {
    if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > MAX_RETENTION_DAYS) {
      return `retention must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}, or none.`;
    }
  }
  if (redactPersonalData !== undefined && typeof redactPersonalData !== 'boolean') return 'redaction must be on or off.';
  return null;
}

export async function updateSettings(db: SpecLensDb, patch: SettingsPatch, now: number): Promise<SettingsRecord> {
  const problem = settingsPatchProblem(patch);
  if (problem) throw new StoreRequestError('invalid', problem);
  return inTransaction(db.transaction('settings', 'readwrite'), async (tx) => {
    const current = (await tx.store.get(SETTINGS_ID)) ?? { ...DEFAULT_SETTINGS };
    const next: SettingsRecord = {
      ...current,
      ...(patch.retentionDays !== undefined ? { retentionDays: patch.retentionDays } : {}),
      ...(patch.redactPersonalData !== undefined ? { redactPersonalData: patch.redactPersonalData } : {}),
      id: SETTINGS_ID,
      updatedAt: now,
    };
    await tx.store.put(next);
    return next;
  });
}
