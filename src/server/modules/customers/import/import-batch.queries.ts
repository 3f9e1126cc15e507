import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../../db/schema';
import type { ProfileColumns, SearchColumns } from '../profile/customer-profile';

/** An existing customer a row may match, with what an update needs. */
export type MatchRow = ProfileColumns & {
  id: string;
  version: number;
  kind: string;
  phone_keys: string[];
  email_keys: string[];
  company_name: string | null;
  visible: boolean;
};

export type MatchKeys = { externalIds: string[]; phones: string[]; emails: string[] };

/**
 * Live customers holding any of the keys, in two index-driven queries per batch: first the
 * ids, joining the keys to the external-id index and probing the GIN indexes once per phone
 * and email key (a single `&&` against a thousand keys makes the planner expect half the table
 * and scan it all), then the rows by primary key. Neither plan depends on fresh statistics,
 * which matters on PGlite (no autovacuum) while an import grows the table from empty.
 * `lock` takes row locks for updating.
 */
export const findMatches = async (
  db: Kysely<DB>,
  orgId: string,
  keys: MatchKeys,
  visible: RawBuilder<boolean>,
  lock: boolean,
): Promise<MatchRow[]> => {
  // OFFSET 0 keeps each lateral lookup a separate plan, so it probes an index per key; the
  // org is checked outside the phone and email probes so no org-wide scan can look cheaper.
  const parts = [
    keys.externalIds.length
      ? sql`SELECT m.id FROM unnest(${keys.externalIds}::text[]) AS k(key) CROSS JOIN LATERAL (
          SELECT c.id FROM customers c
          WHERE c.org_id = ${orgId} AND c.external_id = k.key AND c.deleted_at IS NULL OFFSET 0) m`
      : null,
    keys.phones.length
      ? sql`SELECT m.id FROM unnest(${keys.phones}::text[]) AS k(key) CROSS JOIN LATERAL (
          SELECT c.id, c.org_id FROM customers c WHERE c.phone_keys @> ARRAY[k.key] OFFSET 0) m
          WHERE m.org_id = ${orgId}`
      : null,
    keys.emails.length
      ? sql`SELECT m.id FROM unnest(${keys.emails}::text[]) AS k(key) CROSS JOIN LATERAL (
          SELECT c.id, c.org_id FROM customers c WHERE c.email_keys @> ARRAY[k.key] OFFSET 0) m
          WHERE m.org_id = ${orgId}`
      : null,
  ].filter((p) => p !== null);
  if (parts.length === 0) return [];
  // The estimates of such lookups are large enough to trigger JIT compilation, which costs more than the query.
  await sql`SET LOCAL jit = off`.execute(db);
  const { rows: found } = await sql<{ id: string }>`${sql.join(parts, sql` UNION `)}`.execute(db);
  if (found.length === 0) return [];
  const { rows } = await sql<MatchRow>`
    SELECT c.id, c.version, c.kind, c.name, c.company_id, c.title, c.gender, c.birthday, c.phones, c.emails,
      c.addresses, c.primary_phone, c.primary_email, c.country, c.province, c.city, c.district, c.source,
      c.category, c.value_tier, c.lifecycle_stage, c.owner_id, c.team_id, c.tags, c.notes, c.custom,
      c.external_id, c.phone_keys, c.email_keys, co.name AS company_name, (${visible}) AS visible
    FROM customers c
    LEFT JOIN customers co ON co.org_id = c.org_id AND co.id = c.company_id
    WHERE c.org_id = ${orgId} AND c.id = ANY(${found.map((r) => r.id)}::uuid[])
      AND c.deleted_at IS NULL AND c.merged_into IS NULL
    ${lock ? sql`FOR UPDATE OF c` : sql``}`.execute(db);
  return rows;
};

/** Live company customers by lower-case name: the first one found wins for a name. */
export const findCompanies = async (db: Kysely<DB>, orgId: string, nameKeys: string[]) => {
  if (nameKeys.length === 0) return new Map<string, { id: string; name: string }>();
  const { rows } = await sql<{ id: string; name: string; name_key: string }>`
    SELECT DISTINCT ON (name_key) id, name, name_key FROM customers
    WHERE org_id = ${orgId} AND kind = 'company' AND deleted_at IS NULL AND merged_into IS NULL
      AND name_key = ANY(${nameKeys}::text[])
    ORDER BY name_key, created_at`.execute(db);
  return new Map(rows.map((r) => [r.name_key, { id: r.id, name: r.name }]));
};

/** A customer row as `json_populate_recordset` reads it: JSON columns as values, not strings. */
export type NewCustomerRow = ProfileColumns &
  SearchColumns & { org_id: string; id: string; kind: string; created_by: string | null };

/**
 * Profile and search columns as one row object. Written out field by field: spreading two
 * 25-field objects per row cost five times as much, at a million rows a minute of CPU.
 */
export const customerRow = (
  p: ProfileColumns,
  s: SearchColumns,
  ids: { org_id: string; id: string; kind: string; created_by: string | null },
): NewCustomerRow => ({
  org_id: ids.org_id,
  id: ids.id,
  kind: ids.kind,
  created_by: ids.created_by,
  name: p.name,
  company_id: p.company_id,
  title: p.title,
  gender: p.gender,
  birthday: p.birthday,
  phones: p.phones,
  emails: p.emails,
  addresses: p.addresses,
  primary_phone: p.primary_phone,
  primary_email: p.primary_email,
  country: p.country,
  province: p.province,
  city: p.city,
  district: p.district,
  source: p.source,
  category: p.category,
  value_tier: p.value_tier,
  lifecycle_stage: p.lifecycle_stage,
  owner_id: p.owner_id,
  team_id: p.team_id,
  tags: p.tags,
  notes: p.notes,
  custom: p.custom,
  external_id: p.external_id,
  phone_keys: s.phone_keys,
  email_keys: s.email_keys,
  name_key: s.name_key,
  name_pinyin: s.name_pinyin,
  name_initials: s.name_initials,
  name_grams: s.name_grams,
  search_text: s.search_text,
});

const updatable = [
  'name',
  'company_id',
  'title',
  'gender',
  'birthday',
  'phones',
  'emails',
  'addresses',
  'primary_phone',
  'primary_email',
  'country',
  'province',
  'city',
  'district',
  'source',
  'category',
  'value_tier',
  'lifecycle_stage',
  'owner_id',
  'team_id',
  'tags',
  'notes',
  'custom',
  'external_id',
  'phone_keys',
  'email_keys',
  'name_key',
  'name_pinyin',
  'name_initials',
  'name_grams',
  'search_text',
];

/** Every column an imported customer is inserted with: the profile plus identity and creator. */
const columns = sql.raw(['org_id', 'id', 'kind', ...updatable, 'created_by'].join(', '));

/**
 * Inserts many customers in one statement (the batch travels as one JSON parameter, so the
 * 65,535-parameter limit never applies) with their empty rollups rows.
 */
export const insertCustomerRows = async (db: Kysely<DB>, orgId: string, rows: NewCustomerRow[]) => {
  if (rows.length === 0) return;
  await sql`INSERT INTO customers (${columns})
    SELECT ${columns} FROM json_populate_recordset(NULL::customers, ${JSON.stringify(rows)}::json)`.execute(
    db,
  );
  await sql`INSERT INTO customer_rollups (org_id, customer_id)
    SELECT ${orgId}, unnest(${rows.map((r) => r.id)}::uuid[])`.execute(db);
};

/** Writes new profiles of matched customers (locked by `findMatches`) in one statement, bumping versions. */
export const updateCustomerRows = async (db: Kysely<DB>, orgId: string, rows: NewCustomerRow[]) => {
  if (rows.length === 0) return;
  await sql`UPDATE customers c SET ${sql.raw(updatable.map((col) => `${col} = v.${col}`).join(', '))},
      version = c.version + 1, updated_at = now()
    FROM json_populate_recordset(NULL::customers, ${JSON.stringify(rows)}::json) v
    WHERE c.org_id = ${orgId} AND c.id = v.id`.execute(db);
};

/** One `customer.imported` timeline event per new customer, in one statement. */
export const insertImportedEvents = async (
  db: Kysely<DB>,
  orgId: string,
  actor: { id: string | null; name: string },
  importId: string,
  events: { id: string; customerId: string; summary: string }[],
) => {
  if (events.length === 0) return;
  await sql`INSERT INTO customer_timeline (org_id, id, customer_id, type, actor_id, actor_name, summary, data)
    SELECT ${orgId}, e.id, e.customer_id, 'customer.imported', ${actor.id}::uuid, ${actor.name}, e.summary,
      jsonb_build_object('importId', ${importId}::text)
    FROM unnest(${events.map((e) => e.id)}::uuid[], ${events.map((e) => e.customerId)}::uuid[],
      ${events.map((e) => e.summary)}::text[]) AS e(id, customer_id, summary)`.execute(db);
};
