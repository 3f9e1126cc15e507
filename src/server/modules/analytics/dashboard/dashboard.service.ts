import type { DashboardQuery } from '../../../../shared/contracts/analytics';
import type { Actor } from '../../../platform/actor';
import type { Deps } from '../../../platform/deps';
import { breakdowns, clvDistribution, rfmGrid } from './breakdown-charts';
import { cohortChart } from './cohort-chart';
import { atRiskList, winBackList } from './customer-lists';
import { dashboardContext } from './dashboard-context';
import { fitQualityReport, modelReport } from './model-report';
import { latestRun } from '../refresh/model-runs.queries';
import { kpiCards } from './kpi-cards';
import { churnSeries, revenueTrend } from './period-charts';

/**
 * The analytics dashboard (A7): every answer covers only the customers the caller may see,
 * narrowed by the query's segment, owner and channel, and is as of the latest refresh. Reads go
 * to the read database (DATABASE_READ_URL when set).
 */
export const createDashboardService = (deps: Deps) => {
  const context = (actor: Actor, q: DashboardQuery) => dashboardContext(deps.readDb, actor, q);
  return {
    kpis: async (actor: Actor, q: DashboardQuery) => kpiCards(await context(actor, q), Number(q.days)),
    trend: async (actor: Actor, q: DashboardQuery) => revenueTrend(await context(actor, q), q.months),
    churn: async (actor: Actor, q: DashboardQuery) => churnSeries(await context(actor, q), q.months),
    breakdowns: async (actor: Actor, q: DashboardQuery) =>
      breakdowns(await context(actor, q), Number(q.days)),
    rfmGrid: async (actor: Actor, q: DashboardQuery) => rfmGrid(await context(actor, q)),
    clv: async (actor: Actor, q: DashboardQuery) => clvDistribution(await context(actor, q)),
    cohorts: async (actor: Actor, q: DashboardQuery) => cohortChart(await context(actor, q), q.months),
    atRisk: async (actor: Actor, q: DashboardQuery) => atRiskList(await context(actor, q), q.limit),
    winBack: async (actor: Actor, q: DashboardQuery) => winBackList(await context(actor, q), q.limit),
    fitQuality: async (actor: Actor) => fitQualityReport(await latestRun(deps.readDb, actor.orgId)),
    model: (actor: Actor) => modelReport(deps.readDb, actor.orgId),
  };
};

export type DashboardService = ReturnType<typeof createDashboardService>;
