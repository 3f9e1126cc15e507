import type { ColumnType, Generated } from 'kysely';

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

export type DB = {
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
};
