import type { Deps } from '../../../platform/deps';
import { enqueueAnalyticsRefresh } from '../../analytics/index';
import { enqueueRefit } from '../recommend/recommend.jobs';

/**
 * After an import that loaded orders or returns: refit the recommendations and rescore the
 * customers, each queued once however many imports finish together.
 */
export const afterOrderImport = async (
  deps: Pick<Deps, 'db' | 'jobs'>,
  orgId: string,
  row: { status: string; dry_run: boolean; created_count: number; updated_count: number },
) => {
  if (row.status !== 'done' || row.dry_run || row.created_count + row.updated_count === 0) return;
  await enqueueRefit(deps.db, deps.jobs, orgId);
  await enqueueAnalyticsRefresh(deps.db, deps.jobs, orgId);
};
