import type { AnalyticsSettingsUpdate } from '../../../../shared/contracts/analytics';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import { staleVersion } from '../../../platform/concurrency';
import type { Deps } from '../../../platform/deps';
import { transact } from '../../../platform/transaction';
import { readSettings, saveSettings, type StoredSettings } from './analytics-settings.queries';

const toView = (s: StoredSettings) => ({
  settings: s.settings,
  version: s.version,
  updatedAt: s.updatedAt?.toISOString() ?? null,
});

/**
 * Analytics settings (RFM rules and tiers, CLV horizon and discount rate, churn definition,
 * lifecycle thresholds). The contract checks every field and the rules between them, so a
 * bad value is a 400 naming it; changes apply from the next refresh.
 */
export const createAnalyticsSettingsService = (deps: Deps) => ({
  async getSettings(actor: Actor) {
    return toView(await readSettings(deps.readDb, actor.orgId));
  },

  /** Throws CONFLICT when `version` is stale. Audited. */
  async updateSettings(actor: Actor, input: AnalyticsSettingsUpdate) {
    const { version, ...settings } = input;
    return transact(deps, actor, async (tx, emit) => {
      const before = await readSettings(tx, actor.orgId);
      if (!(await saveSettings(tx, actor.orgId, version, settings, actor.userId)))
        throw staleVersion('analytics settings', toView(before));
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'analytics_settings',
        entityId: actor.orgId,
        before: before.settings,
        after: settings,
      });
      emit({
        entityType: 'analytics_settings',
        entityId: actor.orgId,
        action: 'update',
        permission: 'analytics.read',
      });
      return toView(await readSettings(tx, actor.orgId));
    });
  },
});

export type AnalyticsSettingsService = ReturnType<typeof createAnalyticsSettingsService>;
