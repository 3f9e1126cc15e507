import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import { newId } from '../../../platform/ids';
import { buildProfile, searchColumns, type ProfileColumns } from '../profile/customer-profile';
import {
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
    created.push({
      ...withOwner,
      ...searchColumns(withOwner, null),
      org_id: actor.orgId,
      id,
      kind: 'company',
      created_by: actor.userId,
    });
    companies.set(key, { id, name });
  }
  return { companies, created };
};

const withCompany = (
  profile: ProfileColumns,
  companyName: string | null,
  companies: Map<string, { id: string; name: string }>,
): { profile: ProfileColumns; companyName: string | null } => {
  if (!companyName) return { profile, companyName: null };
  const company = companies.get(companyName.toLowerCase());
  return company ? { profile: { ...profile, company_id: company.id }, companyName: company.name } : { profile, companyName };
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
  const lap = (globalThis as any).__lap as (l: string) => void;
  const { companies, created: newCompanies } = await resolveCompanies(tx, actor, plan, ctx, owner);
  const newRows: NewCustomerRow[] = plan.creates.map((t) => {
    const { profile, companyName } = withCompany(t.profile, t.companyName, companies);
    return {
      ...profile,
      ...(t.search ?? searchColumns(profile, companyName)),
      org_id: actor.orgId,
      id: t.id,
      kind: t.kind,
      created_by: actor.userId,
    };
  });
  lap('w-build');
  await insertCustomerRows(tx, actor.orgId, [...newCompanies, ...newRows]);
  lap('w-insert');
  await updateCustomerRows(
    tx,
    actor.orgId,
    plan.updates.map((t) => {
      const { profile, companyName } = withCompany(t.profile, t.companyName, companies);
      return { ...profile, ...searchColumns(profile, companyName), id: t.match.id };
    }),
  );
  lap('w-update');
  await insertImportedEvents(
    tx,
    actor.orgId,
    { id: actor.userId, name: actor.name },
    importId,
    newRows.map((r) => ({ id: newId(), customerId: r.id, summary: r.name })),
  );
  lap('w-timeline');
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
