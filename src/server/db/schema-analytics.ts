import type { ColumnType, Generated } from 'kysely';

/** Row types of the analytics tables (migrations 0018–0020). */
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** `date` columns come back as the text the database sent (YYYY-MM-DD). */
type DateText = ColumnType<string, string, string>;
type NullableDateText = ColumnType<string | null, string | null | undefined, string | null>;
type Json<T = unknown> = ColumnType<T, string, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export type CustomerScoresTable = {
  org_id: string;
  customer_id: string;
  purchase_days: Generated<number>;
  first_purchase_on: NullableDateText;
  last_purchase_on: NullableDateText;
  cohort: string | null;
  purchase_months: TextArray;
  churn_periods: TextArray;
  history_days: ColumnType<number[], string | undefined, string>;
  history_cents: ColumnType<number[], string | undefined, string>;
  recency_days: number | null;
  rfm_r: number | null;
  rfm_f: number | null;
  rfm_m: number | null;
  rfm_code: string | null;
  rfm_segment: string | null;
  value_tier: string | null;
  p_alive: number | null;
  expected_purchases: number | null;
  predicted_clv_cents: number | null;
  historical_clv_cents: Generated<number>;
  value_at_risk_cents: number | null;
  lifecycle_stage: string;
  stage_since: Timestamp;
  scored_at: Timestamp;
};

export type CustomerStageHistoryTable = {
  org_id: string;
  customer_id: string;
  changed_at: Timestamp;
  from_stage: string;
  to_stage: string;
};

export type AnalyticsSettingsTable = {
  org_id: string;
  settings: Json;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: DefaultTimestamp;
};

export type AnalyticsModelRunsTable = {
  org_id: string;
  id: string;
  status: 'running' | 'succeeded' | 'failed';
  job_id: string | null;
  as_of: DateText;
  started_at: DefaultTimestamp;
  heartbeat_at: DefaultTimestamp;
  finished_at: NullableTimestamp;
  customers: number | null;
  buyers: number | null;
  repeat_customers: number | null;
  average_clv_cents: number | null;
  bgnbd: Json | null;
  gamma_gamma: Json | null;
  fit_quality: Json | null;
  clv_buckets: Json<number[]> | null;
  warnings: ColumnType<string[], string | undefined, string>;
  timings: ColumnType<Record<string, number>, string | undefined, string>;
  settings: Json;
  error: string | null;
};

export type AnalyticsPeriodsTable = {
  org_id: string;
  /** 0: the whole organisation; else an `analytics_slices` row. */
  slice_no: Generated<number>;
  period: 'month' | 'quarter';
  start: DateText;
  active: number;
  new_customers: number;
  transactions: number;
  revenue_cents: number;
  churned: number;
  churn_base: number;
};

export type AnalyticsWindowsTable = {
  org_id: string;
  /** 0: the whole organisation; else an `analytics_slices` row. */
  slice_no: Generated<number>;
  days: number;
  previous: boolean;
  customers: number;
  active: number;
  new_customers: number;
  revenue_cents: number;
  repeaters: number;
  churned: number;
  churn_base: number;
};

export type AnalyticsCohortsTable = {
  org_id: string;
  /** 0: the whole organisation; else an `analytics_slices` row. */
  slice_no: Generated<number>;
  cohort: DateText;
  month_offset: number;
  size: number;
  repeaters: number;
  active: number;
  revenue_cents: number;
};

export type AnalyticsBreakdownsTable = {
  org_id: string;
  /** 0: the whole organisation; else an `analytics_slices` row. */
  slice_no: Generated<number>;
  chart: string;
  key: string;
  customers: number;
  revenue_cents: number;
  clv_cents: number;
};

export type AnalyticsSlicesTable = {
  org_id: string;
  slice_no: number;
  owner_id: string | null;
  team_id: string | null;
  preferred_channel: string | null;
  /** Null: a slice of the whole organisation; else of this segment's customers only. */
  segment_id: string | null;
  clv_customers: number;
  clv_sum_cents: number;
};

/** Per slice, the top candidates of a dashboard list ('at_risk', 'win_back') by its figure. */
export type AnalyticsTopCustomersTable = {
  org_id: string;
  slice_no: number;
  list: string;
  customer_id: string;
  value_cents: number;
};

/** The segments the last refresh precomputed, with their filter as it was then. */
export type AnalyticsSegmentsTable = {
  org_id: string;
  segment_id: string;
  filter: Json;
};

export type AnalyticsTransitionsTable = {
  org_id: string;
  slice_no: number;
  days: number;
  from_stage: string;
  to_stage: string;
  customers: number;
};

export type AnalyticsDB = {
  customer_scores: CustomerScoresTable;
  customer_stage_history: CustomerStageHistoryTable;
  analytics_settings: AnalyticsSettingsTable;
  analytics_model_runs: AnalyticsModelRunsTable;
  analytics_periods: AnalyticsPeriodsTable;
  analytics_windows: AnalyticsWindowsTable;
  analytics_cohorts: AnalyticsCohortsTable;
  analytics_breakdowns: AnalyticsBreakdownsTable;
  analytics_slices: AnalyticsSlicesTable;
  analytics_transitions: AnalyticsTransitionsTable;
  analytics_segments: AnalyticsSegmentsTable;
  analytics_top_customers: AnalyticsTopCustomersTable;
};
