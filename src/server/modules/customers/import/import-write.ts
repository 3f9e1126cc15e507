import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import { newId } from '../../../platform/ids';
import { buildProfile, searchColumns, type ProfileColumns } from '../profile/customer-profile';
import {
  customerRow,
  findCompanies,
  insertCustomerRows,
  insertImportedEvents,
  updateCustomerRows,
  type NewCustomerRow,
} from './import-batch.queries';
import type { BatchPlan } from './import-plan';
import type { RowContext, UserRef } from './row-mapper';

/**
 * Company names in the file become company customers: found by name, or created (with the
 * importer as owner) the first time a name appears. Returns name key → company.
 */
const resolveCompanies = async (
  tx: Kysely<DB>,
  actor: Actor,
  plan: BatchPlan,
  ctx: RowContext,
  owner: UserRef | null,
): Promise<{ companies: Map<string, { id: string; name: string }>; created: NewCustomerRow[] }> => {
  const names = new Map<string, string>();
  for (const t of [...plan.creates, ...plan.updates])
    if (t.companyName) names.set(t.companyName.toLowerCase(), t.companyName);
  const companies = await findCompanies(tx, actor.orgId, [...names.keys()]);
  const created: NewCustomerRow[] = [];
  for (const [key, name] of names) {
    if (companies.has(key)) continue;
    const { profile } = buildProfile({ name }, null, { region: ctx.write.region, customRules: [] });
    const id = newId();
    const withOwner = { ...profile, owner_id: owner?.id ?? null, team_id: owner?.teamId ?? null };
    created.push(
      customerRow(withOwner, searchColumns(withOwner, null), {
        org_id: actor.orgId,
        id,
        kind: 'company',
        created_by: actor.userId,
      }),
    );
    companies.set(key, { id, name });
  }
  return { companies, created };
};

/** Sets the company a row named (found or just created); returns its name as stored. */
const linkCompany = (
  profile: ProfileColumns,
  companyName: string | null,
  companies: Map<string, { id: string; name: string }>,
): string | null => {
  if (!companyName) return null;
  const company = companies.get(companyName.toLowerCase());
  if (!company) return companyName;
  profile.company_id = company.id; // the plan's profiles belong to this batch alone
  return company.name;
};

/**
 * Writes a batch's plan in the caller's transaction: new companies and customers (one
 * statement each, with rollups), updated customers (one statement), a timeline event per new
 * customer, and one audit entry for the whole batch.
 */
export const writePlan = async (
  tx: Kysely<DB>,
  actor: Actor,
  importId: string,
  plan: BatchPlan,
  ctx: RowContext,
  owner: UserRef | null,
  lines: { from: number; to: number },
) => {
  const { companies, created: newCompanies } = await resolveCompanies(tx, actor, plan, ctx, owner);
  const newRows: NewCustomerRow[] = plan.creates.map((t) => {
    const companyName = linkCompany(t.profile, t.companyName, companies);
    const extra = { org_id: actor.orgId, id: t.id, kind: t.kind, created_by: actor.userId };
    return customerRow(t.profile, t.search ?? searchColumns(t.profile, companyName), extra);
  });
  await insertCustomerRows(tx, actor.orgId, [...newCompanies, ...newRows]);
  await updateCustomerRows(
    tx,
    actor.orgId,
    plan.updates.map((t) => {
      const companyName = linkCompany(t.profile, t.companyName, companies);
      const ids = { org_id: actor.orgId, id: t.match.id, kind: t.match.kind, created_by: null };
      return customerRow(t.profile, searchColumns(t.profile, companyName), ids);
    }),
  );
  await insertImportedEvents(
    tx,
    actor.orgId,
    { id: actor.userId, name: actor.name },
    importId,
    newRows.map((r) => ({ id: newId(), customerId: r.id, summary: r.name })),
  );
  await writeAudit(tx, actor, {
    action: 'import',
    entityType: 'import',
    entityId: importId,
    changes: {
      lines: { from: lines.from, to: lines.to },
      created: { from: 0, to: newRows.length },
      updated: { from: 0, to: plan.updates.length },
      companiesCreated: { from: 0, to: newCompanies.length },
      skipped: { from: 0, to: plan.counts.skipped },
      problems: { from: 0, to: plan.counts.errors },
    },
  });
};
