import type { ColumnType, Generated } from 'kysely';
import type { OrdersDB } from './schema-orders';
import type { AnalyticsDB } from './schema-analytics';

/** Database row types, kept by hand next to the migrations that define them. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp with a database default: optional on insert. */
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T = unknown> = ColumnType<T, string, string>;

export type OrgsTable = {
  id: string;
  name: string;
  time_zone: string;
  currency: string;
  language: string;
  country: Generated<string>;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};

export type TeamsTable = {
  org_id: string;
  id: string;
  name: string;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  deleted_at: NullableTimestamp;
};

export type UsersTable = {
  org_id: string;
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  team_id: string | null;
  status: Generated<string>;
  language: string | null;
  theme: Generated<string>;
  last_sign_in_at: NullableTimestamp;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};

export type SessionsTable = {
  org_id: string;
  id: string;
  user_id: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: DefaultTimestamp;
  last_seen_at: DefaultTimestamp;
  expires_at: Timestamp;
};

export type InvitationsTable = {
  org_id: string;
  id: string;
  email: string;
  role: string;
  team_id: string | null;
  token_hash: string;
  invited_by: string;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  created_at: DefaultTimestamp;
};

export type ApiKeysTable = {
  org_id: string;
  id: string;
  name: string;
  prefix: string;
  key_hash: string;
  role: string;
  created_by: string;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  created_at: DefaultTimestamp;
};

export type AuditLogTable = {
  org_id: string;
  id: string;
  at: DefaultTimestamp;
  actor_type: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  changes: Json<Record<string, { from: unknown; to: unknown }>>;
  request_id: string | null;
  ip: string | null;
};

export type JobsTable = {
  id: string;
  org_id: string | null;
  type: string;
  payload: Json;
  status: Generated<string>;
  run_at: DefaultTimestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  last_error: string | null;
  progress: Json<{ done: number; total: number | null; message?: string }> | null;
  result: Json | null;
  dedupe_key: string | null;
  locked_by: string | null;
  locked_until: NullableTimestamp;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  finished_at: NullableTimestamp;
};

export type SchedulesTable = {
  name: string;
  cron: string;
  job_type: string;
  payload: Json;
  next_run_at: Timestamp;
  last_run_at: NullableTimestamp;
};

export type RateLimitsTable = {
  key: string;
  hits: number;
  window_ends_at: Timestamp;
};

type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;

export type CustomersTable = {
  org_id: string;
  id: string;
  kind: string;
  name: string;
  company_id: string | null;
  title: string | null;
  gender: string | null;
  birthday: NullableDate;
  phones: Json<{ label: string; number: string; primary: boolean }[]>;
  emails: Json<{ label: string; address: string; primary: boolean }[]>;
  addresses: Json<Record<string, unknown>[]>;
  primary_phone: string | null;
  primary_email: string | null;
  country: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  source: string | null;
  category: string | null;
  value_tier: string | null;
  lifecycle_stage: string | null;
  owner_id: string | null;
  team_id: string | null;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  notes: string | null;
  custom: Json<Record<string, unknown>>;
  external_id: string | null;
  phone_keys: ColumnType<string[], string[] | undefined, string[]>;
  email_keys: ColumnType<string[], string[] | undefined, string[]>;
  name_key: string;
  name_pinyin: string;
  name_initials: string;
  name_grams: ColumnType<string[], string[] | undefined, string[]>;
  search_text: string;
  merged_into: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  deleted_at: NullableTimestamp;
};

export type CustomerRollupsTable = {
  org_id: string;
  customer_id: string;
  last_contact_at: NullableTimestamp;
  order_count: Generated<number>;
  revenue_cents: Generated<number>;
  first_order_at: NullableTimestamp;
  last_order_at: NullableTimestamp;
  avg_order_cents: number | null;
  favourite_category: string | null;
  favourite_product_id: string | null;
  favourite_product: string | null;
  preferred_channel: string | null;
  updated_at: DefaultTimestamp;
};

export type CustomerPicklistsTable = {
  org_id: string;
  list: string;
  key: string;
  label: string | null;
  position: number;
  archived: Generated<boolean>;
};

export type CustomFieldsTable = {
  org_id: string;
  id: string;
  key: string;
  label: string;
  type: string;
  options: ColumnType<string[], string[] | undefined, string[]>;
  required: Generated<boolean>;
  position: number;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  archived_at: NullableTimestamp;
};

export type CustomerTimelineTable = {
  org_id: string;
  id: string;
  customer_id: string;
  type: string;
  at: DefaultTimestamp;
  actor_id: string | null;
  actor_name: string | null;
  summary: string;
  data: Json<Record<string, unknown>>;
};

export type SavedViewsTable = {
  org_id: string;
  id: string;
  name: string;
  owner_id: string;
  visibility: string;
  team_id: string | null;
  definition: Json<Record<string, unknown>>;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};

export type SegmentsTable = {
  org_id: string;
  id: string;
  name: string;
  description: string | null;
  filter: Json;
  created_by: string | null;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  deleted_at: NullableTimestamp;
};

export type SegmentSizesTable = {
  org_id: string;
  segment_id: string;
  day: ColumnType<string, string, string>;
  size: number;
};

export type ImportsTable = {
  org_id: string;
  id: string;
  entity: string;
  file_name: string;
  format: string;
  encoding: string;
  byte_size: number;
  headers: ColumnType<string[], string[] | undefined, string[]>;
  mapping: Json<Record<string, string | null>>;
  options: Json<Record<string, unknown>>;
  status: Generated<string>;
  dry_run: Generated<boolean>;
  total_rows: number | null;
  processed_rows: Generated<number>;
  created_count: Generated<number>;
  updated_count: Generated<number>;
  skipped_count: Generated<number>;
  error_count: Generated<number>;
  job_id: string | null;
  created_by: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  finished_at: NullableTimestamp;
  /** 0013: the runner holding the import, until when; the preview rows; why it failed. */
  locked_by: string | null;
  locked_until: NullableTimestamp;
  preview: ColumnType<string[][], string | undefined, string>;
  error: string | null;
};

export type ImportChunksTable = {
  org_id: string;
  import_id: string;
  seq: number;
  data: Buffer;
};

export type ImportProblemsTable = {
  org_id: string;
  import_id: string;
  line: number;
  column_name: string | null;
  reason: string;
  value: string | null;
  seq: Generated<number>;
  code: string | null;
  params: ColumnType<Record<string, string | number>, string | undefined, string>;
};

export type ImportTemplatesTable = {
  org_id: string;
  id: string;
  entity: string;
  name: string;
  mapping: Json<Record<string, string | null>>;
  created_by: string | null;
  created_at: DefaultTimestamp;
};

export type WebFormsTable = {
  org_id: string;
  id: string;
  public_id: string;
  name: string;
  fields: Json<Record<string, unknown>[]>;
  consent_text: string | null;
  thank_you: string | null;
  owner_id: string | null;
  source: string | null;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  deleted_at: NullableTimestamp;
};

export type WebFormSubmissionsTable = {
  org_id: string;
  form_id: string;
  idempotency_key: string;
  customer_id: string;
  created: boolean;
  ip: string | null;
  created_at: DefaultTimestamp;
};

export type DuplicateDismissalsTable = {
  org_id: string;
  customer_a: string;
  customer_b: string;
  dismissed_by: string | null;
  created_at: DefaultTimestamp;
};

export type DuplicateGroupsTable = {
  org_id: string;
  key: string;
  first_id: string;
  ids: ColumnType<string[], string[], string[]>;
  reasons: ColumnType<string[], string[], string[]>;
};

export type DuplicateScansTable = {
  org_id: string;
  finished_at: Timestamp;
};

export type DB = OrdersDB &
  AnalyticsDB & {
    orgs: OrgsTable;
    teams: TeamsTable;
    users: UsersTable;
    sessions: SessionsTable;
    invitations: InvitationsTable;
    api_keys: ApiKeysTable;
    audit_log: AuditLogTable;
    jobs: JobsTable;
    schedules: SchedulesTable;
    rate_limits: RateLimitsTable;
    customers: CustomersTable;
    customer_rollups: CustomerRollupsTable;
    customer_picklists: CustomerPicklistsTable;
    custom_fields: CustomFieldsTable;
    customer_timeline: CustomerTimelineTable;
    saved_views: SavedViewsTable;
    segments: SegmentsTable;
    segment_sizes: SegmentSizesTable;
    imports: ImportsTable;
    import_chunks: ImportChunksTable;
    import_problems: ImportProblemsTable;
    import_templates: ImportTemplatesTable;
    web_forms: WebFormsTable;
    web_form_submissions: WebFormSubmissionsTable;
    duplicate_dismissals: DuplicateDismissalsTable;
    duplicate_groups: DuplicateGroupsTable;
    duplicate_scans: DuplicateScansTable;
  };
