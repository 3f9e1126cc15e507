import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../../db/schema';
import type { DuplicateCandidate } from '../../../../shared/contracts/customers';

export type DuplicateProbe = {
  phoneKeys: string[];
  emailKeys: string[];
  nameKey: string;
  city: string | null;
  companyId: string | null;
  externalId: string | null;
};

/**
 * Likely duplicates of a profile (C7): the same normalised phone or email, the same external
 * id, or the same name in the same city or at the same company. Each candidate appears once,
 * with the strongest reason. Only customers the actor may see are named.
 */
export const findDuplicateCandidates = async (
  db: Kysely<DB>,
  orgId: string,
  probe: DuplicateProbe,
  excludeId: string | null,
  visible: RawBuilder<boolean>,
  limit = 10,
): Promise<DuplicateCandidate[]> => {
  const reasons = [
    probe.externalId ? sql`WHEN c.external_id = ${probe.externalId} THEN 'external_id'` : null,
    probe.phoneKeys.length ? sql`WHEN c.phone_keys && ${probe.phoneKeys}::text[] THEN 'phone'` : null,
    probe.emailKeys.length ? sql`WHEN c.email_keys && ${probe.emailKeys}::text[] THEN 'email'` : null,
    probe.companyId
      ? sql`WHEN c.name_key = ${probe.nameKey} AND c.company_id = ${probe.companyId} THEN 'name_company'`
      : null,
    probe.city ? sql`WHEN c.name_key = ${probe.nameKey} AND c.city = ${probe.city} THEN 'name_city'` : null,
  ].filter((r) => r !== null);
  if (reasons.length === 0) return [];
  const matches = [
    probe.externalId ? sql<boolean>`c.external_id = ${probe.externalId}` : null,
    probe.phoneKeys.length ? sql<boolean>`c.phone_keys && ${probe.phoneKeys}::text[]` : null,
    probe.emailKeys.length ? sql<boolean>`c.email_keys && ${probe.emailKeys}::text[]` : null,
    probe.companyId || probe.city ? sql<boolean>`c.name_key = ${probe.nameKey}` : null,
  ].filter((m) => m !== null);
  const { rows } = await sql<DuplicateCandidate & { reason: string | null }>`
    SELECT c.id, c.name, CASE ${sql.join(reasons, sql` `)} END AS reason
    FROM customers c
    WHERE c.org_id = ${orgId} AND c.deleted_at IS NULL AND ${visible}
      AND (${sql.join(matches, sql` OR `)})
      ${excludeId ? sql`AND c.id <> ${excludeId}` : sql``}
    LIMIT ${limit * 3}
  `.execute(db);
  return rows.filter((r) => r.reason !== null).slice(0, limit);
};
