import type { Kysely } from 'kysely';
import {
  AnalyticsSettingsSchema,
  defaultAnalyticsSettings,
  type AnalyticsSettings,
  type DashboardQuery,
} from '../../../../shared/contracts/analytics';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { latestRun, type ModelRunRow } from '../refresh/model-runs.queries';
import { resolveScope, type DashboardScope } from './dashboard-scope';
import type { Slices } from './slice-figures.queries';

/** What every dashboard answer starts from. */
export type DashboardContext = {
  db: Kysely<DB>;
  scope: DashboardScope;
  /** The latest finished refresh; the figures are as of its day. */
  run: ModelRunRow | undefined;
  asOf: string | null;
  /** The settings that refresh ran with, so live figures count as the precomputed ones did. */
  settings: AnalyticsSettings;
  timeZone: string;
};

export const dashboardContext = async (
  db: Kysely<DB>,
  actor: Actor,
  query: Pick<DashboardQuery, 'segmentId' | 'owner' | 'channel'>,
): Promise<DashboardContext> => {
  const [scope, run, org] = await Promise.all([
    resolveScope(db, actor, query),
    latestRun(db, actor.orgId),
    db.selectFrom('orgs').select('time_zone').where('id', '=', actor.orgId).executeTakeFirstOrThrow(),
  ]);
  const stored = run ? AnalyticsSettingsSchema.safeParse(run.settings) : null;
  return {
    db,
    scope,
    run,
    asOf: run?.as_of ?? null,
    settings: stored?.success ? stored.data : defaultAnalyticsSettings,
    timeZone: org.time_zone,
  };
};

/** The precomputed slices that make up the context's scope, or null when it is computed on the fly. */
export const storedSlices = (c: DashboardContext): Slices | null =>
  c.scope.slices ? { orgId: c.scope.orgId, slices: c.scope.slices } : null;
