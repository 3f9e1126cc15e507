import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AnalyticsSettingsUpdateSchema,
  AnalyticsSettingsViewSchema,
  BreakdownsSchema,
  ChurnSchema,
  ClvDistributionSchema,
  CohortsSchema,
  DashboardQuerySchema,
  FitQualitySchema,
  KpisSchema,
  ModelSchema,
  RefreshStartedSchema,
  RfmGridSchema,
  ScoredCustomerListSchema,
  TrendSchema,
} from '../../../shared/contracts/analytics';
import type { Deps } from '../../platform/deps';
import { enqueueAnalyticsRefresh } from './analytics.jobs';
import type { DashboardService } from './dashboard/dashboard.service';
import type { AnalyticsSettingsService } from './settings/analytics-settings.service';

const tags = ['analytics'];
const read = { access: 'analytics.read' } as const;

/**
 * The dashboard reads need analytics.read; editing the settings, which change every score,
 * needs org.manage; starting a refresh (heavy work) needs segments.manage (managers, analysts,
 * admins), the same people who shape segments from these scores.
 */
export const analyticsRoutes =
  (deps: Deps, dashboard: DashboardService, settings: AnalyticsSettingsService): FastifyPluginAsyncZod =>
  async (app) => {
    const query = DashboardQuerySchema;
    app.get(
      '/analytics/kpis',
      { config: read, schema: { tags, querystring: query, response: { 200: KpisSchema } } },
      (req) => dashboard.kpis(req.actor!, req.query),
    );
    app.get(
      '/analytics/trend',
      { config: read, schema: { tags, querystring: query, response: { 200: TrendSchema } } },
      (req) => dashboard.trend(req.actor!, req.query),
    );
    app.get(
      '/analytics/churn',
      { config: read, schema: { tags, querystring: query, response: { 200: ChurnSchema } } },
      (req) => dashboard.churn(req.actor!, req.query),
    );
    app.get(
      '/analytics/breakdowns',
      { config: read, schema: { tags, querystring: query, response: { 200: BreakdownsSchema } } },
      (req) => dashboard.breakdowns(req.actor!, req.query),
    );
    app.get(
      '/analytics/rfm-grid',
      { config: read, schema: { tags, querystring: query, response: { 200: RfmGridSchema } } },
      (req) => dashboard.rfmGrid(req.actor!, req.query),
    );
    app.get(
      '/analytics/clv',
      { config: read, schema: { tags, querystring: query, response: { 200: ClvDistributionSchema } } },
      (req) => dashboard.clv(req.actor!, req.query),
    );
    app.get(
      '/analytics/cohorts',
      { config: read, schema: { tags, querystring: query, response: { 200: CohortsSchema } } },
      (req) => dashboard.cohorts(req.actor!, req.query),
    );
    app.get(
      '/analytics/at-risk',
      { config: read, schema: { tags, querystring: query, response: { 200: ScoredCustomerListSchema } } },
      (req) => dashboard.atRisk(req.actor!, req.query),
    );
    app.get(
      '/analytics/win-back',
      { config: read, schema: { tags, querystring: query, response: { 200: ScoredCustomerListSchema } } },
      (req) => dashboard.winBack(req.actor!, req.query),
    );
    app.get(
      '/analytics/fit-quality',
      { config: read, schema: { tags, response: { 200: FitQualitySchema } } },
      (req) => dashboard.fitQuality(req.actor!),
    );
    app.get('/analytics/model', { config: read, schema: { tags, response: { 200: ModelSchema } } }, (req) =>
      dashboard.model(req.actor!),
    );
    app.get(
      '/analytics/settings',
      { config: read, schema: { tags, response: { 200: AnalyticsSettingsViewSchema } } },
      (req) => settings.getSettings(req.actor!),
    );
    app.put(
      '/analytics/settings',
      {
        config: { access: 'org.manage' },
        schema: { tags, body: AnalyticsSettingsUpdateSchema, response: { 200: AnalyticsSettingsViewSchema } },
      },
      (req) => settings.updateSettings(req.actor!, req.body),
    );
    app.post(
      '/analytics/refresh',
      { config: { access: 'segments.manage' }, schema: { tags, response: { 200: RefreshStartedSchema } } },
      async (req) => ({ jobId: await enqueueAnalyticsRefresh(deps.db, deps.jobs, req.actor!.orgId) }),
    );
  };
