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
 * Groups of live customers the actor may see that share a normalised phone, an email, or a
 * name with the same city or company (C7). One pass over the customers unnests their keys and
 * groups them (GROUP BY … HAVING count(*) > 1); groups with the very same members are folded
 * into one carrying every reason. A group whose every pair was dismissed is left out (a new
 * member brings it back). Keyset-paged on (first member id, key): `key` is an md5 of the
 * member ids, so it never reveals the phone or email behind the group.
 */
export const findDuplicateGroupRows = async (
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
    WITH keyed AS (
      SELECT x.reason, x.key, c.id
      FROM customers c
      CROSS JOIN LATERAL (
        SELECT 'phone'::text, k FROM unnest(c.phone_keys) k
        UNION ALL SELECT 'email', k FROM unnest(c.email_keys) k
        UNION ALL SELECT 'name_city', c.name_key || chr(31) || c.city WHERE c.city IS NOT NULL
        UNION ALL SELECT 'name_company', c.name_key || chr(31) || c.company_id::text
          WHERE c.company_id IS NOT NULL
      ) AS x (reason, key)
      WHERE c.org_id = ${orgId} AND c.deleted_at IS NULL AND c.merged_into IS NULL
        AND ${options.visible}
        ${probe ? sql`AND ${probeCondition(probe)}` : sql``}
    ),
    grouped AS (
      SELECT reason, array_agg(id ORDER BY id) AS ids
      FROM keyed GROUP BY reason, key HAVING count(*) > 1
    ),
    sets AS (
      SELECT ids, array_agg(DISTINCT reason) AS reasons, md5(array_to_string(ids, ',')) AS key
      FROM grouped GROUP BY ids
    )
    SELECT ids::text[] AS ids, reasons, key, ids[1]::text AS first_id, cardinality(ids) AS size
    FROM sets s
    WHERE EXISTS (
        SELECT 1 FROM unnest(s.ids[1:50]) AS a (id) JOIN unnest(s.ids[1:50]) AS b (id) ON a.id < b.id
        WHERE NOT EXISTS (
          SELECT 1 FROM duplicate_dismissals d
          WHERE d.org_id = ${orgId} AND d.customer_a = a.id AND d.customer_b = b.id
        )
      )
      ${probe ? sql`AND ${probe.id}::uuid = ANY(s.ids)` : sql``}
      ${after ? sql`AND (s.ids[1], s.key) > (${after[0]}::uuid, ${after[1]})` : sql``}
    ORDER BY s.ids[1], s.key
    LIMIT ${options.limit + 1}
  `.execute(db);
  return rows.map((r) => ({ ...r, size: Number(r.size) }));
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
