import { sql, type Kysely } from 'kysely';
import type { CountryCode } from 'libphonenumber-js/min';
import { normalizeEmail, normalizePhone } from '../../../../shared/contacts';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { newId } from '../../../platform/ids';
import { orgCountry } from '../customers.queries';
import { customerRow, findMatches, insertCustomerRows } from '../import/import-batch.queries';
import { buildProfile, searchColumns } from '../profile/customer-profile';
import { visibleCustomers } from '../visibility';

/** How other modules name a customer: by id, or by external id, phone or email (first that matches). */
export type CustomerRef = { id?: string; externalId?: string; phone?: string; email?: string };
export type FoundCustomer = { id: string; name: string };

/**
 * The live customer each reference names, if the actor may see it; null otherwise (unknown,
 * binned, merged away or outside the actor's visibility all look the same to the caller).
 */
export const findCustomersByRef = async (
  db: Kysely<DB>,
  actor: Actor,
  refs: readonly CustomerRef[],
): Promise<(FoundCustomer | null)[]> => {
  // Phones are read in the organisation's country; references by id need no lookup.
  const region = refs.some((r) => !r.id && r.phone)
    ? ((await orgCountry(db, actor.orgId)) as CountryCode)
    : undefined;
  const phoneOf = (raw: string | undefined) => {
    if (!raw || !region) return undefined;
    const parsed = normalizePhone(raw, region);
    return parsed.ok ? parsed.e164 : undefined;
  };
  const keyed = refs.map((r) => ({
    id: r.id,
    externalId: r.externalId,
    phone: phoneOf(r.phone),
    email: r.email ? normalizeEmail(r.email) : undefined,
  }));
  const ids = keyed.flatMap((r) => (r.id ? [r.id] : []));
  const byId = new Map<string, FoundCustomer>();
  if (ids.length > 0) {
    const { rows } = await sql<FoundCustomer>`
      SELECT c.id, c.name FROM customers c
      WHERE c.org_id = ${actor.orgId} AND c.id = ANY(${ids}::uuid[])
        AND c.deleted_at IS NULL AND c.merged_into IS NULL AND ${visibleCustomers(actor)}`.execute(db);
    for (const row of rows) byId.set(row.id, row);
  }
  const matches = await findMatches(
    db,
    actor.orgId,
    {
      externalIds: keyed.flatMap((r) => (!r.id && r.externalId ? [r.externalId] : [])),
      phones: keyed.flatMap((r) => (!r.id && r.phone ? [r.phone] : [])),
      emails: keyed.flatMap((r) => (!r.id && r.email ? [r.email] : [])),
    },
    visibleCustomers(actor),
    false,
  );
  const visible = matches.filter((m) => m.visible);
  return keyed.map((r) => {
    if (r.id) return byId.get(r.id) ?? null;
    const match =
      (r.externalId && visible.find((m) => m.external_id === r.externalId)) ||
      (r.phone && visible.find((m) => m.phone_keys.includes(r.phone!))) ||
      (r.email && visible.find((m) => m.email_keys.includes(r.email!))) ||
      undefined;
    return match ? { id: match.id, name: match.name } : null;
  });
};

/**
 * Creates minimal customers (name, external id, optional country and contacts) in one
 * statement, owned by the acting user — for order imports that may create the buyers they
 * do not find. Custom-field rules are not applied: such customers are completed by hand.
 */
export const createCustomersByRef = async (
  db: Kysely<DB>,
  actor: Actor,
  items: readonly { name: string; externalId: string | null; source: string }[],
): Promise<string[]> => {
  const region = (await orgCountry(db, actor.orgId)) as CountryCode;
  const rows = items.map((item) => {
    const { profile } = buildProfile(
      { name: item.name, externalId: item.externalId ?? undefined, source: item.source },
      null,
      { region, customRules: [] },
    );
    const withOwner = { ...profile, owner_id: actor.userId, team_id: actor.teamId };
    return customerRow(withOwner, searchColumns(withOwner, null), {
      org_id: actor.orgId,
      id: newId(),
      kind: 'person',
      created_by: actor.userId,
    });
  });
  await insertCustomerRows(db, actor.orgId, rows);
  return rows.map((r) => r.id);
};
