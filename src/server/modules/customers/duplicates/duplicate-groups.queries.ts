import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../../db/schema';
import type { DuplicateReason } from '../../../../shared/contracts/duplicates';

/** The keys one customer is grouped by, for "the groups of this customer". */
export type GroupProbe = {
  id: string;
  phoneKeys: string[];
  emailKeys: string[];
  nameKey: string;
  city: string | null;
  companyId: string | null;
};

export type DuplicateGroupRow = {
  ids: string[];
  reasons: DuplicateReason[];
  key: string;
  first_id: string;
  size: number;
};

/** Only rows sharing a key with the probe take part, so the GIN and name indexes narrow the scan. */
const probeCondition = (probe: GroupProbe): RawBuilder<boolean> => {
  const parts = [
    probe.phoneKeys.length ? sql`c.phone_keys && ${probe.phoneKeys}::text[]` : null,
    probe.emailKeys.length ? sql`c.email_keys && ${probe.emailKeys}::text[]` : null,
    probe.city ? sql`(c.name_key = ${probe.nameKey} AND c.city = ${probe.city})` : null,
    probe.companyId ? sql`(c.name_key = ${probe.nameKey} AND c.company_id = ${probe.companyId})` : null,
  ].filter((p) => p !== null);
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` OR `)})` : sql<boolean>`FALSE`;
};

/**
 * Groups of live customers (among `visible`) that share a normalised phone, an email, or a name
 * with the same city or company (C7): one pass over the customers unnests their keys, groups
 * them (GROUP BY … HAVING count(*) > 1; keys hashed to 64 bits so the sort stays narrow) and
 * folds groups with the very same members into one carrying every reason. Yields `ids`,
 * `reasons` and `key`, an md5 of the member ids that never reveals the phone or email behind it.
 */
const groupSets = (orgId: string, visible: RawBuilder<boolean>, probe: GroupProbe | null) => sql`
  WITH keyed AS (
    SELECT x.reason, hashtextextended(x.key, 0) AS key, c.id
    FROM customers c
    CROSS JOIN LATERAL (
      SELECT 'phone'::text, k FROM unnest(c.phone_keys) k
      UNION ALL SELECT 'email', k FROM unnest(c.email_keys) k
      UNION ALL SELECT 'name_city', c.name_key || chr(31) || c.city WHERE c.city IS NOT NULL
      UNION ALL SELECT 'name_company', c.name_key || chr(31) || c.company_id::text
        WHERE c.company_id IS NOT NULL
    ) AS x (reason, key)
    WHERE c.org_id = ${orgId} AND c.deleted_at IS NULL AND c.merged_into IS NULL AND ${visible}
      ${probe ? sql`AND ${probeCondition(probe)}` : sql``}
  ),
  grouped AS (
    SELECT reason, array_agg(id ORDER BY id) AS ids
    FROM keyed GROUP BY reason, key HAVING count(*) > 1
  )
  SELECT ids, array_agg(DISTINCT reason) AS reasons, md5(array_to_string(ids, ',')) AS key
  FROM grouped GROUP BY ids
`;

/** Some pair among the (first 50) members has not been marked "not duplicates". */
const notAllDismissed = (orgId: string, ids: RawBuilder<unknown>) => sql<boolean>`EXISTS (
  SELECT 1 FROM unnest(${ids}[1:50]) AS a (id) JOIN unnest(${ids}[1:50]) AS b (id) ON a.id < b.id
  WHERE NOT EXISTS (
    SELECT 1 FROM duplicate_dismissals d
    WHERE d.org_id = ${orgId} AND d.customer_a = a.id AND d.customer_b = b.id
  )
)`;

/**
 * Duplicate groups computed now, keyset-paged on (first member id, key). A group whose every
 * pair was dismissed is left out (a new member brings it back). Reads every visible customer:
 * right for small organisations, narrow scopes and one customer's groups (`probe`).
 */
export const findLiveGroupRows = async (
  db: Kysely<DB>,
  orgId: string,
  options: {
    visible: RawBuilder<boolean>;
    probe: GroupProbe | null;
    after: [string, string] | undefined;
    limit: number;
  },
): Promise<DuplicateGroupRow[]> => {
  const { probe, after } = options;
  const { rows } = await sql<DuplicateGroupRow>`
    WITH sets AS (${groupSets(orgId, options.visible, probe)})
    SELECT s.ids::text[] AS ids, s.reasons, s.key, s.ids[1]::text AS first_id, cardinality(s.ids) AS size
    FROM sets s
    WHERE ${notAllDismissed(orgId, sql`s.ids`)}
      ${probe ? sql`AND ${probe.id}::uuid = ANY(s.ids)` : sql``}
      ${after ? sql`AND (s.ids[1], s.key) > (${after[0]}::uuid, ${after[1]})` : sql``}
    ORDER BY s.ids[1], s.key
    LIMIT ${options.limit + 1}
  `.execute(db);
  return rows.map((r) => ({ ...r, size: Number(r.size) }));
};

/**
 * Recomputes an organisation's stored groups (for large organisations, where computing them on
 * every page would take seconds). One statement: the heavy query never leaves the database.
 */
export const replaceGroupSnapshot = async (db: Kysely<DB>, orgId: string): Promise<number> => {
  await db.deleteFrom('duplicate_groups').where('org_id', '=', orgId).execute();
  const inserted = await sql`
    INSERT INTO duplicate_groups (org_id, key, first_id, ids, reasons)
    SELECT ${orgId}, s.key, s.ids[1], s.ids, s.reasons FROM (${groupSets(orgId, sql<boolean>`TRUE`, null)}) s
  `.execute(db);
  await sql`
    INSERT INTO duplicate_scans (org_id, finished_at) VALUES (${orgId}, now())
    ON CONFLICT (org_id) DO UPDATE SET finished_at = excluded.finished_at
  `.execute(db);
  return Number(inserted.numAffectedRows ?? 0);
};

/**
 * Stored groups, each narrowed now to members that are still live and visible to the actor
 * (merged, binned or hidden customers drop out; a group left with one member is skipped).
 * Keyset-paged on the stored (first id, key), which the index serves in order.
 */
export const findSnapshotGroupRows = async (
  db: Kysely<DB>,
  orgId: string,
  options: { visible: RawBuilder<boolean>; after: [string, string] | undefined; limit: number },
): Promise<DuplicateGroupRow[]> => {
  const { after } = options;
  const { rows } = await sql<DuplicateGroupRow>`
    SELECT v.ids::text[] AS ids, g.reasons, g.key, g.first_id::text AS first_id, cardinality(v.ids) AS size
    FROM duplicate_groups g
    CROSS JOIN LATERAL (
      SELECT array_agg(c.id ORDER BY c.id) AS ids FROM customers c
      WHERE c.org_id = g.org_id AND c.id = ANY(g.ids) AND c.deleted_at IS NULL AND c.merged_into IS NULL
        AND ${options.visible}
    ) v
    WHERE g.org_id = ${orgId} AND cardinality(v.ids) > 1 AND ${notAllDismissed(orgId, sql`v.ids`)}
      ${after ? sql`AND (g.first_id, g.key) > (${after[0]}::uuid, ${after[1]})` : sql``}
    ORDER BY g.first_id, g.key
    LIMIT ${options.limit + 1}
  `.execute(db);
  return rows.map((r) => ({ ...r, size: Number(r.size) }));
};

/** When the stored groups were last computed, if ever. */
export const lastGroupScan = async (db: Kysely<DB>, orgId: string): Promise<Date | null> =>
  (
    await db
      .selectFrom('duplicate_scans')
      .select('finished_at')
      .where('org_id', '=', orgId)
      .executeTakeFirst()
  )?.finished_at ?? null;

/** Whether the organisation holds more than `limit` customers (reads at most limit + 1 index entries). */
export const hasMoreCustomersThan = async (
  db: Kysely<DB>,
  orgId: string,
  limit: number,
): Promise<boolean> => {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM customers WHERE org_id = ${orgId} LIMIT ${limit + 1}) s
  `.execute(db);
  return rows[0]!.n > limit;
};

/** Marks every pair among `ids` as not duplicates; pairs already marked stay as they were. */
export const insertDismissals = async (
  db: Kysely<DB>,
  orgId: string,
  ids: string[],
  dismissedBy: string | null,
): Promise<void> => {
  const sorted = [...new Set(ids)].sort();
  const pairs = sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => ({ a, b })));
  if (pairs.length === 0) return;
  await db
    .insertInto('duplicate_dismissals')
    .values(
      pairs.map((p) => ({ org_id: orgId, customer_a: p.a, customer_b: p.b, dismissed_by: dismissedBy })),
    )
    .onConflict((oc) => oc.columns(['org_id', 'customer_a', 'customer_b']).doNothing())
    .execute();
};
