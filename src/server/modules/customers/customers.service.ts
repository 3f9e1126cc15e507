import { AppError } from '../../../shared/errors';
import type { CustomerCreate, CustomerUpdate } from '../../../shared/contracts/customers';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { staleVersion } from '../../platform/concurrency';
import type { Deps } from '../../platform/deps';
import { newId } from '../../platform/ids';
import { transact } from '../../platform/transaction';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { mayReveal, profileOf, toCustomer } from './customer-record';
import {
  customerNameOf,
  employeeIds,
  findCustomerRow,
  insertCustomer,
  storedColumns,
  updateCustomerColumns,
  type CustomerRow,
} from './customers.queries';
import { findDuplicateCandidates } from './duplicates/duplicates.queries';
import { searchColumns, type ProfileColumns } from './profile/customer-profile';
import { invalidProfile, loadWriteContext, profileIssues, referenceIssues } from './profile/write-context';
import { addTimelineEvents } from './timeline/timeline';
import { canSeeCustomer, visibleCustomers } from './visibility';

const notFound = (id: string) => new AppError('NOT_FOUND', `Customer ${id} not found`);

/** What the audit log keeps of a customer: the fields people edit, named as the API names them. */
export const auditView = (p: ProfileColumns) => ({
  name: p.name,
  companyId: p.company_id,
  title: p.title,
  gender: p.gender,
  birthday: p.birthday,
  phones: p.phones,
  emails: p.emails,
  addresses: p.addresses,
  source: p.source,
  category: p.category,
  valueTier: p.value_tier,
  lifecycleStage: p.lifecycle_stage,
  ownerId: p.owner_id,
  teamId: p.team_id,
  tags: p.tags,
  notes: p.notes,
  custom: p.custom,
  externalId: p.external_id,
});

/** A visible, live (or, with `deleted`, binned) customer row, or NOT_FOUND. */
export const getVisibleRow = async (
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  options: { deleted?: boolean } = {},
): Promise<CustomerRow> => {
  const row = await findCustomerRow(db, actor.orgId, id);
  if (!row || !canSeeCustomer(actor, row) || row.merged_into) throw notFound(id);
  if (!options.deleted && row.deleted_at) throw notFound(id);
  return row;
};

const searchColumnsFor = async (db: Kysely<DB>, orgId: string, profile: ProfileColumns) =>
  searchColumns(profile, (await customerNameOf(db, orgId, profile.company_id))?.name ?? null);

/** Default owner is the creator (a user); the team follows the owner unless given. */
const withDefaults = async (
  db: Kysely<DB>,
  actor: Actor,
  profile: ProfileColumns,
): Promise<ProfileColumns> => {
  const ownerId = profile.owner_id ?? (actor.type === 'user' ? actor.userId : null);
  let teamId = profile.team_id;
  if (!teamId && ownerId) {
    const owner = await db
      .selectFrom('users')
      .select('team_id')
      .where('org_id', '=', actor.orgId)
      .where('id', '=', ownerId)
      .executeTakeFirst();
    teamId = owner?.team_id ?? null;
  }
  return { ...profile, owner_id: ownerId, team_id: teamId };
};

export const createCustomersService = (deps: Deps) => ({
  async getCustomer(actor: Actor, id: string) {
    return toCustomer(await getVisibleRow(deps.readDb, actor, id, { deleted: true }));
  },

  /**
   * Creates a customer and reports likely duplicates beside it (the UI warns before this call
   * with `checkDuplicates`). Throws INVALID_INPUT naming each field that cannot be stored.
   */
  async createCustomer(actor: Actor, input: CustomerCreate) {
    return transact(deps, actor, async (tx, emit) => {
      const context = await loadWriteContext(tx, actor.orgId);
      const checked = profileIssues(input, null, context);
      const profile = await withDefaults(tx, actor, checked.profile);
      const issues = [...checked.issues, ...(await referenceIssues(tx, actor, profile, null))];
      if (issues.length > 0) throw invalidProfile(issues);
      const search = await searchColumnsFor(tx, actor.orgId, profile);
      const id = newId();
      await insertCustomer(tx, {
        ...storedColumns(profile, search),
        org_id: actor.orgId,
        id,
        kind: input.kind,
        created_by: actor.userId,
      });
      const duplicates = await findDuplicateCandidates(
        tx,
        actor.orgId,
        {
          phoneKeys: search.phone_keys,
          emailKeys: search.email_keys,
          nameKey: search.name_key,
          city: profile.city,
          companyId: profile.company_id,
          externalId: null,
        },
        id,
        visibleCustomers(actor),
      );
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'customer',
        entityId: id,
        after: auditView(profile),
      });
      await addTimelineEvents(tx, actor, [
        { customerId: id, type: 'customer.created', summary: profile.name, data: { kind: input.kind } },
      ]);
      emit({ entityType: 'customers', entityId: id, action: 'create', permission: 'customers.read' });
      return { customer: toCustomer((await findCustomerRow(tx, actor.orgId, id))!), duplicates };
    });
  },

  /** Likely duplicates of a profile not yet saved: for the warning in the create form. */
  async checkDuplicates(actor: Actor, input: CustomerCreate) {
    const context = await loadWriteContext(deps.readDb, actor.orgId);
    const { profile } = profileIssues(input, null, context);
    const search = searchColumns(profile, null);
    return {
      data: await findDuplicateCandidates(
        deps.readDb,
        actor.orgId,
        {
          phoneKeys: search.phone_keys,
          emailKeys: search.email_keys,
          nameKey: search.name_key,
          city: profile.city,
          companyId: profile.company_id,
          externalId: profile.external_id,
        },
        null,
        visibleCustomers(actor),
      ),
    };
  },

  /**
   * Throws CONFLICT (with the current customer) when `version` is stale, INVALID_INPUT naming
   * the field when a value breaks a rule. Phones and emails are replaced only when sent.
   */
  async updateCustomer(actor: Actor, id: string, input: CustomerUpdate) {
    return transact(deps, actor, async (tx, emit) => {
      const before = await getVisibleRow(tx, actor, id);
      const current = profileOf(before);
      const context = await loadWriteContext(tx, actor.orgId);
      const { profile, issues } = profileIssues(input, current, context);
      issues.push(...(await referenceIssues(tx, actor, profile, id)));
      if (issues.length > 0) throw invalidProfile(issues);
      const search = await searchColumnsFor(tx, actor.orgId, profile);
      if (!(await updateCustomerColumns(tx, actor.orgId, id, input.version, storedColumns(profile, search))))
        throw staleVersion('customer', toCustomer(before, false));
      if (before.kind === 'company' && profile.name !== current.name) await refreshEmployees(tx, actor, id);
      const changes = await writeAuditChange(tx, actor, id, current, profile);
      if (changes.length > 0)
        await addTimelineEvents(tx, actor, [
          {
            customerId: id,
            type: 'customer.updated',
            summary: changes.join(', '),
            data: { fields: changes },
          },
        ]);
      emit({ entityType: 'customers', entityId: id, action: 'update', permission: 'customers.read' });
      return toCustomer((await findCustomerRow(tx, actor.orgId, id))!);
    });
  },

  /** Moves the customer to the recycle bin (restorable). */
  async deleteCustomer(actor: Actor, id: string) {
    await setDeleted(deps, actor, id, true);
  },

  async restoreCustomer(actor: Actor, id: string) {
    await setDeleted(deps, actor, id, false);
    return toCustomer(await getVisibleRow(deps.db, actor, id));
  },

  /**
   * Phones and emails in full, for users whose role may reveal them. Every reveal is written
   * to the audit log (T2).
   */
  async revealContacts(actor: Actor, id: string) {
    if (!mayReveal(actor))
      throw new AppError('FORBIDDEN', 'Your role does not allow showing full phone numbers and emails.');
    return transact(deps, actor, async (tx) => {
      const row = await getVisibleRow(tx, actor, id);
      await writeAudit(tx, actor, {
        action: 'reveal',
        entityType: 'customer',
        entityId: id,
        changes: { contacts: { from: 'masked', to: 'revealed' } },
      });
      return { phones: row.phones, emails: row.emails };
    });
  },
});

const writeAuditChange = async (
  tx: Kysely<DB>,
  actor: Actor,
  id: string,
  before: ProfileColumns,
  after: ProfileColumns,
): Promise<string[]> => {
  const from = auditView(before);
  const to = auditView(after);
  const changed = Object.keys(to).filter(
    (k) => JSON.stringify(from[k as keyof typeof from]) !== JSON.stringify(to[k as keyof typeof to]),
  );
  if (changed.length > 0)
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'customer',
      entityId: id,
      before: from,
      after: to,
    });
  return changed;
};

/** A company's new name goes into its people's search text, so they stay findable by employer. */
const refreshEmployees = async (tx: Kysely<DB>, actor: Actor, companyId: string) => {
  for (const employeeId of await employeeIds(tx, actor.orgId, companyId)) {
    const row = (await findCustomerRow(tx, actor.orgId, employeeId))!;
    const profile = profileOf(row);
    const search = await searchColumnsFor(tx, actor.orgId, profile);
    await tx
      .updateTable('customers')
      .set({ search_text: search.search_text })
      .where('org_id', '=', actor.orgId)
      .where('id', '=', employeeId)
      .execute();
  }
};

const setDeleted = async (deps: Deps, actor: Actor, id: string, deleted: boolean) =>
  transact(deps, actor, async (tx, emit) => {
    const row = await getVisibleRow(tx, actor, id, { deleted: true });
    if (!!row.deleted_at === deleted) return;
    await tx
      .updateTable('customers')
      .set({ deleted_at: deleted ? new Date() : null, updated_at: new Date() })
      .where('org_id', '=', actor.orgId)
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, {
      action: deleted ? 'delete' : 'restore',
      entityType: 'customer',
      entityId: id,
      changes: { deletedAt: { from: row.deleted_at, to: deleted ? 'now' : null } },
    });
    await addTimelineEvents(tx, actor, [
      { customerId: id, type: deleted ? 'customer.deleted' : 'customer.restored', summary: row.name },
    ]);
    emit({
      entityType: 'customers',
      entityId: id,
      action: deleted ? 'delete' : 'restore',
      permission: 'customers.read',
    });
  });

export type CustomersService = ReturnType<typeof createCustomersService>;
