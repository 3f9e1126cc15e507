import type { Selectable, Transaction } from 'kysely';
import type { CountryCode } from 'libphonenumber-js/min';
import type { DB, WebFormsTable } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import { staleVersion } from '../../../platform/concurrency';
import { newId } from '../../../platform/ids';
import type { Emit } from '../../../platform/transaction';
import { profileOf, toCustomer } from '../customer-record';
import {
  customerNameOf,
  findCustomerRow,
  insertCustomer,
  orgCountry,
  storedColumns,
  updateCustomerColumns,
} from '../customers.queries';
import { auditView } from '../customers.service';
import { buildProfile, searchColumns, type ProfileColumns } from '../profile/customer-profile';
import { addTimelineEvents } from '../timeline/timeline';
import { fillBlanks } from './fill-blanks';
import { activeOwner, findCompanyIdByName, findCustomerIdByContact } from './web-forms.queries';

type Form = Selectable<WebFormsTable>;

const createCustomerRow = async (
  tx: Transaction<DB>,
  actor: Actor,
  kind: 'person' | 'company',
  profile: ProfileColumns,
  emit: Emit,
): Promise<string> => {
  const id = newId();
  const companyName = (await customerNameOf(tx, actor.orgId, profile.company_id))?.name ?? null;
  await insertCustomer(tx, {
    ...storedColumns(profile, searchColumns(profile, companyName)),
    org_id: actor.orgId,
    id,
    kind,
    created_by: null,
  });
  await writeAudit(tx, actor, {
    action: 'create',
    entityType: 'customer',
    entityId: id,
    after: auditView(profile),
  });
  await addTimelineEvents(tx, actor, [
    { customerId: id, type: 'customer.created', summary: profile.name, data: { kind } },
  ]);
  emit({ entityType: 'customers', entityId: id, action: 'create', permission: 'customers.read' });
  return id;
};

/** The visitor's employer: a company customer of that name, created (with the form's owner) if there is none. */
const companyFor = async (
  tx: Transaction<DB>,
  actor: Actor,
  name: string,
  lead: ProfileColumns,
  emit: Emit,
): Promise<string> => {
  const existing = await findCompanyIdByName(tx, actor.orgId, name);
  if (existing) return existing;
  const region = (await orgCountry(tx, actor.orgId)) as CountryCode;
  const { profile } = buildProfile({ name }, null, { region, customRules: [] });
  return createCustomerRow(
    tx,
    actor,
    'company',
    { ...profile, owner_id: lead.owner_id, team_id: lead.team_id, source: lead.source, tags: lead.tags },
    emit,
  );
};

/**
 * Stores a form's lead: the customer with the same email (else phone) gets only what they were
 * missing; anyone else becomes a new customer with the form's owner, source and tags. Either way
 * the timeline records the submission with the consent the visitor gave.
 */
export const saveLead = async (
  tx: Transaction<DB>,
  actor: Actor,
  form: Form,
  submitted: ProfileColumns,
  companyName: string | null,
  emit: Emit,
): Promise<{ customerId: string; created: boolean }> => {
  const owner = await activeOwner(tx, actor.orgId, form.owner_id);
  const lead: ProfileColumns = {
    ...submitted,
    owner_id: owner?.id ?? null,
    team_id: owner?.team_id ?? null,
    source: form.source,
    tags: [...new Set([...submitted.tags, ...form.tags])],
  };
  const submission = {
    formId: form.id,
    formName: form.name,
    consentText: form.consent_text,
    consentAt: form.consent_text ? new Date().toISOString() : null,
    fields: (form.fields as { field: string }[]).map((f) => f.field),
  };
  const existingId = await findCustomerIdByContact(
    tx,
    actor.orgId,
    lead.phones.map((p) => p.number),
    lead.emails.map((e) => e.address),
  );
  const row = existingId ? await findCustomerRow(tx, actor.orgId, existingId) : undefined;
  // A salesperson's choice of employer stays; otherwise link (or create) the one the visitor named.
  if (companyName && !row?.company_id) lead.company_id = await companyFor(tx, actor, companyName, lead, emit);
  if (!existingId || !row) {
    const id = await createCustomerRow(tx, actor, 'person', lead, emit);
    await addTimelineEvents(tx, actor, [
      {
        customerId: id,
        type: 'customer.form_submitted',
        summary: form.name,
        data: { ...submission, created: true },
      },
    ]);
    return { customerId: id, created: true };
  }

  const current = profileOf(row);
  const { profile, filled } = fillBlanks(current, lead);
  if (filled.length > 0) {
    const employer = (await customerNameOf(tx, actor.orgId, profile.company_id))?.name ?? null;
    const stored = storedColumns(profile, searchColumns(profile, employer));
    if (!(await updateCustomerColumns(tx, actor.orgId, existingId, row.version, stored)))
      throw staleVersion('customer', toCustomer(row));
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'customer',
      entityId: existingId,
      before: auditView(current),
      after: auditView(profile),
    });
    emit({ entityType: 'customers', entityId: existingId, action: 'update', permission: 'customers.read' });
  }
  await addTimelineEvents(tx, actor, [
    {
      customerId: existingId,
      type: 'customer.form_submitted',
      summary: form.name,
      data: { ...submission, created: false, filled },
    },
  ]);
  return { customerId: existingId, created: false };
};
