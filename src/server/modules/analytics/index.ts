import type { Deps } from '../../platform/deps';
import type { SegmentSavedStep } from '../customers/index';
import { enqueueAnalyticsRefresh } from './analytics.jobs';
import { analyticsRoutes } from './analytics.routes';
import { createAnalyticsJobs } from './analytics.jobs';
import { createDashboardService } from './dashboard/dashboard.service';
import { latestRun } from './refresh/model-runs.queries';
import { createAnalyticsSettingsService } from './settings/analytics-settings.service';

export { enqueueAnalyticsRefresh, REFRESH_ANALYTICS } from './analytics.jobs';
export { refreshAnalytics, type RefreshOptions, type RefreshResult } from './refresh/refresh-analytics';

/**
 * Customer analytics (A2–A4, A6, A7, L1): the scoring refresh (job, nightly schedule, CLI),
 * per-customer scores the customer table filters by, and the dashboard API. A segment saved in
 * an organisation already scored queues a refresh, which precomputes its dashboard.
 */
export const createAnalytics = (
  deps: Deps,
  customers: { registerSegmentSavedStep: (step: SegmentSavedStep) => void },
) => {
  customers.registerSegmentSavedStep(async (tx, orgId) => {
    if (await latestRun(tx, orgId)) await enqueueAnalyticsRefresh(tx, deps.jobs, orgId);
  });
  const dashboard = createDashboardService(deps);
  const settings = createAnalyticsSettingsService(deps);
  const { jobs, schedules } = createAnalyticsJobs(deps);
  return { dashboard, settings, routes: analyticsRoutes(deps, dashboard, settings), jobs, schedules };
};
