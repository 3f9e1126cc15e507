import type { Kysely } from 'kysely';
import {
  AnalyticsSettingsSchema,
  defaultAnalyticsSettings,
  type AnalyticsSettings,
} from '../../../../shared/contracts/analytics';
import type { DB } from '../../../db/schema';

export type StoredSettings = { settings: AnalyticsSettings; version: number; updatedAt: Date | null };

/**
 * The organisation's analytics settings, or the defaults (version 1, no row) when an admin has
 * never saved any. Stored settings that no longer pass the contract (a rule added since) fall back to
 * the defaults rather than break every refresh.
 */
export const readSettings = async (db: Kysely<DB>, orgId: string): Promise<StoredSettings> => {
  const row = await db
    .selectFrom('analytics_settings')
    .select(['settings', 'version', 'updated_at'])
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  if (!row) return { settings: defaultAnalyticsSettings, version: 1, updatedAt: null };
  const parsed = AnalyticsSettingsSchema.safeParse(row.settings);
  return {
    settings: parsed.success ? parsed.data : defaultAnalyticsSettings,
    version: row.version,
    updatedAt: row.updated_at,
  };
};

/** Saves `settings` if `version` is still current (1 with no row: the defaults); false when it was stale. */
export const saveSettings = async (
  db: Kysely<DB>,
  orgId: string,
  version: number,
  settings: AnalyticsSettings,
  userId: string | null,
): Promise<boolean> => {
  const json = JSON.stringify(settings);
  if (version === 1) {
    const inserted = await db
      .insertInto('analytics_settings')
      .values({ org_id: orgId, settings: json, version: 2, updated_by: userId })
      .onConflict((oc) => oc.column('org_id').doNothing())
      .returning('org_id')
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const updated = await db
    .updateTable('analytics_settings')
    .set({
      settings: json,
      version: (eb) => eb('version', '+', 1),
      updated_by: userId,
      updated_at: new Date(),
    })
    .where('org_id', '=', orgId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
};
