import { z } from 'zod';
import { fitNoteCodes } from '../analytics/fit-notes';
import {
  RfmSettingsSchema,
  defaultRfmSettings,
  rfmSegments,
  uncoveredCells,
  valueTiers,
} from '../analytics/rfm-segments';
import { IdSchema, TimestampSchema, VersionSchema } from './common';

/** Customer analytics (A2–A4, A6, A7, L1): settings, dashboard queries and answers, scores. */

/** Lifecycle stages (L1), as the scoring job sets them. */
export const lifecycleStages = ['prospect', 'new', 'active', 'at_risk', 'churned', 'won_back'] as const;
export type LifecycleStage = (typeof lifecycleStages)[number];

const wholeDays = (max: number) =>
  z
    .number({ message: 'must be a whole number of days' })
    .int({ message: 'must be a whole number of days' })
    .min(1, { message: 'must be at least 1 day' })
    .max(max, { message: `must be at most ${max} days` });
const probability = z
  .number({ message: 'must be a number from 0 to 1' })
  .min(0, { message: 'must be at least 0' })
  .max(1, { message: 'must be at most 1' });

const settingsFields = {
  rfm: RfmSettingsSchema,
  clv: z
    .object({
      /** Months of future purchases counted in predicted CLV. */
      horizonMonths: z.number().int().min(1).max(120),
      /** Yearly discount rate, 0.1 for 10%; applied monthly. */
      annualDiscountRate: z.number().min(0).max(1),
      /** Share of revenue kept as profit; 1 values revenue. */
      margin: z.number().gt(0).max(1),
    })
    .strict(),
  churn: z
    .object({
      /** No purchase for this many days: churned. */
      inactiveDays: wholeDays(3650),
      /** P(alive) below this (when the model is fitted): churned; 0 turns the rule off. */
      pAliveBelow: probability,
    })
    .strict(),
  lifecycle: z
    .object({
      /** A first purchase at most this many days ago: new. */
      newDays: wholeDays(3650),
      /** No purchase for this many days (fewer than churn.inactiveDays): at risk. */
      atRiskDays: wholeDays(3650),
      /** Back within this many days after a gap of churn.inactiveDays or more: won back. */
      wonBackDays: wholeDays(3650),
      /** P(alive) below this: at risk. */
      atRiskPAliveBelow: probability,
    })
    .strict(),
  fitQuality: z.object({ holdoutDays: z.number().int().min(7).max(1825) }).strict(),
};

type SettingsShape = { [K in keyof typeof settingsFields]: z.infer<(typeof settingsFields)[K]> };

/** Rules across groups, each reported at the field to change. */
const checkSettings = (s: SettingsShape, ctx: z.RefinementCtx) => {
  if (s.lifecycle.atRiskDays >= s.churn.inactiveDays)
    ctx.addIssue({
      code: 'custom',
      path: ['lifecycle', 'atRiskDays'],
      message: `must be fewer than churn.inactiveDays (${s.churn.inactiveDays})`,
    });
  if (s.churn.pAliveBelow > s.lifecycle.atRiskPAliveBelow)
    ctx.addIssue({
      code: 'custom',
      path: ['churn', 'pAliveBelow'],
      message: `must not exceed lifecycle.atRiskPAliveBelow (${s.lifecycle.atRiskPAliveBelow})`,
    });
  const open = uncoveredCells(s.rfm.segments);
  if (open.length > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['rfm', 'segments'],
      message: `leave ${open.length} cells without a segment, e.g. R=${open[0]!.r}, FM=${open[0]!.fm}`,
    });
};

export const AnalyticsSettingsSchema = z.object(settingsFields).strict().superRefine(checkSettings);
export type AnalyticsSettings = z.infer<typeof AnalyticsSettingsSchema>;

export const AnalyticsSettingsUpdateSchema = z
  .object({ ...settingsFields, version: VersionSchema })
  .strict()
  .superRefine(checkSettings);
export type AnalyticsSettingsUpdate = z.infer<typeof AnalyticsSettingsUpdateSchema>;

export const defaultAnalyticsSettings: AnalyticsSettings = {
  rfm: defaultRfmSettings,
  clv: { horizonMonths: 12, annualDiscountRate: 0.1, margin: 1 },
  churn: { inactiveDays: 180, pAliveBelow: 0.2 },
  lifecycle: { newDays: 60, atRiskDays: 90, wonBackDays: 60, atRiskPAliveBelow: 0.5 },
  fitQuality: { holdoutDays: 180 },
};

export const AnalyticsSettingsViewSchema = z.object({
  settings: z.object(settingsFields),
  /** 1 while the defaults are in force; each save adds one. */
  version: z.number(),
  updatedAt: TimestampSchema.nullable(),
});

/** Filters every dashboard endpoint takes. `days` is the KPI window, `months` the series length. */
export const DashboardQuerySchema = z
  .object({
    segmentId: IdSchema.optional().describe('a saved segment: only its customers'),
    owner: IdSchema.optional().describe('only customers this user owns'),
    channel: z.string().trim().min(1).max(40).optional().describe("customers' preferred channel"),
    days: z.enum(['30', '90', '365']).default('30'),
    months: z.coerce.number().int().min(1).max(120).default(24),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;

/** A filter tree (shared filter language) that opens exactly these customers in the customer table. */
const Filter = z.unknown().describe('filter tree for GET /customers?filter=…');
const AsOf = z
  .string()
  .nullable()
  .describe('day the figures are as of (YYYY-MM-DD); null before any refresh');

export const BreakdownCellSchema = z.object({
  key: z.string(),
  customers: z.number(),
  revenueCents: z.number(),
  clvCents: z.number(),
  filter: Filter,
});

export const kpiKeys = [
  'customers',
  'active',
  'new',
  'revenue',
  'repeat_rate',
  'churn_rate',
  'average_clv',
] as const;
export const KpisSchema = z.object({
  asOf: AsOf,
  days: z.number(),
  from: z.string().nullable(),
  previousFrom: z.string().nullable(),
  cards: z.array(
    z.object({
      key: z.enum(kpiKeys),
      value: z.number().nullable(),
      previous: z.number().nullable(),
      /** (value − previous) / previous; null when there is no previous value or it is 0. */
      change: z.number().nullable(),
      filter: Filter.nullable(),
    }),
  ),
});

const PeriodRow = z.object({
  period: z.string().describe('YYYY-MM or YYYY-Qn'),
  active: z.number(),
  newCustomers: z.number(),
  transactions: z.number(),
  revenueCents: z.number(),
  churned: z.number(),
  churnBase: z.number(),
  /** churned / churnBase; null when the base is 0. */
  churnRate: z.number().nullable(),
  activeFilter: Filter,
  newFilter: Filter,
  churnedFilter: Filter,
});
export const TrendSchema = z.object({ asOf: AsOf, months: z.array(PeriodRow) });
export const ChurnSchema = z.object({
  asOf: AsOf,
  inactiveDays: z.number(),
  months: z.array(PeriodRow),
  quarters: z.array(PeriodRow),
});

export const BreakdownsSchema = z.object({
  asOf: AsOf,
  segments: z.array(BreakdownCellSchema),
  tiers: z.array(BreakdownCellSchema),
  stages: z.array(BreakdownCellSchema),
  transitions: z.array(z.object({ from: z.string(), to: z.string(), customers: z.number() })),
});
export const RfmGridSchema = z.object({
  asOf: AsOf,
  cells: z.array(BreakdownCellSchema.extend({ r: z.number(), f: z.number() })),
});
export const ClvDistributionSchema = z.object({
  asOf: AsOf,
  reason: z.string().nullable(),
  buckets: z.array(BreakdownCellSchema.extend({ fromCents: z.number(), toCents: z.number().nullable() })),
});

export const CohortsSchema = z.object({
  asOf: AsOf,
  cohorts: z.array(
    z.object({
      cohort: z.string().describe('YYYY-MM of the first purchase'),
      size: z.number(),
      repeatRate: z.number(),
      filter: Filter,
      repeatFilter: Filter,
      cells: z.array(
        z.object({
          offset: z.number().describe('months since the first purchase'),
          active: z.number(),
          retention: z.number(),
          revenueCents: z.number(),
          filter: Filter,
        }),
      ),
    }),
  ),
});

export const ScoredCustomerSchema = z.object({
  id: z.string(),
  name: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  rfmSegment: z.string().nullable(),
  valueTier: z.string().nullable(),
  lifecycleStage: z.string(),
  pAlive: z.number().nullable(),
  predictedClvCents: z.number().nullable(),
  historicalClvCents: z.number(),
  valueAtRiskCents: z.number().nullable(),
  lastPurchaseOn: z.string().nullable(),
});
export const ScoredCustomerListSchema = z.object({
  asOf: AsOf,
  filter: Filter,
  sort: z.string().describe('the customer table sort that lists them in this order'),
  data: z.array(ScoredCustomerSchema),
});

const FitNoteParams = z.record(z.string(), z.union([z.string(), z.number()]));
/**
 * Why a model is not fitted, or a warning, as a code with parameters to say it in any language
 * (`reason` and `message` say it in English). A `cause` is said inside its note, as {{cause}}.
 * Null for runs recorded before notes existed: show the English.
 */
export const FitNoteSchema = z.object({
  code: z.enum(fitNoteCodes),
  params: FitNoteParams,
  cause: z.object({ code: z.enum(fitNoteCodes), params: FitNoteParams }).optional(),
});

const Fitted = z.object({
  ok: z.boolean(),
  reason: z.string().nullable(),
  note: FitNoteSchema.nullable(),
  params: z.record(z.string(), z.number()).nullable(),
  standardErrors: z.record(z.string(), z.number()).nullable(),
  logLik: z.number().nullable(),
  customers: z.number().nullable(),
});
export const ModelRunSchema = z.object({
  asOf: z.string(),
  startedAt: TimestampSchema,
  finishedAt: TimestampSchema.nullable(),
  status: z.enum(['running', 'succeeded', 'failed']),
  customers: z.number().nullable(),
  buyers: z.number().nullable(),
  repeatCustomers: z.number().nullable(),
  timeUnit: z.literal('week'),
  bgnbd: Fitted.nullable(),
  gammaGamma: Fitted.extend({ independence: z.number().nullable() }).nullable(),
  warnings: z.array(z.object({ message: z.string(), note: FitNoteSchema.nullable() })),
  timingsMs: z.record(z.string(), z.number()),
  error: z.string().nullable(),
});
export const ModelSchema = z.object({ run: ModelRunSchema.nullable() });

export const FitQualitySchema = z.object({
  asOf: AsOf,
  calibrationEnd: z.string().nullable(),
  holdoutDays: z.number().nullable(),
  reason: z.string().nullable(),
  note: FitNoteSchema.nullable(),
  rows: z.array(
    z.object({
      frequency: z.number(),
      label: z.string(),
      customers: z.number(),
      actual: z.number(),
      predicted: z.number(),
    }),
  ),
});

export const RefreshStartedSchema = z.object({ jobId: z.string() });

/** The scores on a customer record; null until the customer is first scored. */
export const CustomerScoresSchema = z.object({
  purchaseDays: z.number(),
  firstPurchaseOn: z.string().nullable(),
  lastPurchaseOn: z.string().nullable(),
  rfm: z
    .object({ r: z.number(), f: z.number(), m: z.number(), code: z.string(), segment: z.string().nullable() })
    .nullable(),
  valueTier: z.enum(valueTiers).nullable(),
  pAlive: z.number().nullable(),
  expectedPurchases: z.number().nullable(),
  predictedClvCents: z.number().nullable(),
  historicalClvCents: z.number(),
  valueAtRiskCents: z.number().nullable(),
  lifecycleStage: z.enum(lifecycleStages),
  lifecycleStageSince: TimestampSchema,
  scoredAt: TimestampSchema,
});
export type CustomerScores = z.infer<typeof CustomerScoresSchema>;

export { rfmSegments, valueTiers };
