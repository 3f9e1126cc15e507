import type { Kysely } from 'kysely';
import type {
  WebForm,
  WebFormCreate,
  WebFormField,
  WebFormUpdate,
} from '../../../../shared/contracts/web-forms';
import { AppError } from '../../../../shared/errors';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { diff, writeAudit } from '../../../platform/audit';
import { staleVersion } from '../../../platform/concurrency';
import type { Deps } from '../../../platform/deps';
import { newId, newSecret } from '../../../platform/ids';
import { iso } from '../../../platform/time';
import { transact } from '../../../platform/transaction';
import { listCustomFieldRows, toCustomRules } from '../custom-fields/custom-fields.queries';
import { loadPicklists, picklistIssues } from '../picklists/picklists.service';
import { formFieldIssues } from './web-form-fields';
import {
  activeOwner,
  findFormRow,
  insertFormRow,
  listFormRows,
  updateFormRow,
  type WebFormColumns,
  type WebFormRow,
} from './web-forms.queries';

const notFound = (id: string) => new AppError('NOT_FOUND', `Web form ${id} not found`);

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Where the form lives: the configured public URL, else the address the admin is using. */
export const formLink = (baseUrl: string, publicId: string) => `${baseUrl.replace(/\/+$/, '')}/f/${publicId}`;

export const toWebForm = (row: WebFormRow, baseUrl: string): WebForm => {
  const link = formLink(baseUrl, row.public_id);
  return {
    id: row.id,
    publicId: row.public_id,
    name: row.name,
    fields: row.fields as WebFormField[],
    consentText: row.consent_text,
    thankYou: row.thank_you,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    source: row.source,
    tags: row.tags,
    active: row.active,
    submissionCount: row.submission_count,
    link,
    embedSnippet: `<iframe src="${escapeAttribute(link)}" title="${escapeAttribute(row.name)}" style="width:100%;max-width:640px;height:720px;border:0" loading="lazy"></iframe>`,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
};

/** The name field is always asked for and always required: a customer needs a name. */
const normaliseFields = (fields: WebFormField[]) =>
  fields.map((f) => (f.field === 'name' ? { ...f, required: true } : f));

const auditView = (c: Partial<WebFormColumns>) => ({
  name: c.name,
  fields: c.fields === undefined ? undefined : (JSON.parse(c.fields) as unknown),
  consentText: c.consent_text,
  thankYou: c.thank_you,
  ownerId: c.owner_id,
  source: c.source,
  tags: c.tags,
  active: c.active,
});

/** Checks what is about to be saved; throws INVALID_INPUT naming every problem. */
const checkColumns = async (db: Kysely<DB>, actor: Actor, columns: WebFormColumns) => {
  const rules = toCustomRules(await listCustomFieldRows(db, actor.orgId));
  const issues = formFieldIssues(JSON.parse(columns.fields) as WebFormField[], rules);
  if (columns.owner_id && !(await activeOwner(db, actor.orgId, columns.owner_id)))
    issues.push({ path: 'body.ownerId', message: 'must be an active user of this organisation' });
  issues.push(
    ...picklistIssues(await loadPicklists(db, actor.orgId), { source: columns.source }).map((i) => ({
      path: `body.${i.path}`,
      message: i.message,
    })),
  );
  if (issues.length)
    throw new AppError(
      'INVALID_INPUT',
      `The form cannot be saved: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
      { issues },
    );
};

const columnsOf = (
  input: Partial<WebFormCreate> & Partial<WebFormUpdate>,
  current: WebFormRow | null,
): WebFormColumns => ({
  name: input.name ?? current!.name,
  fields: JSON.stringify(input.fields ? normaliseFields(input.fields) : current!.fields),
  consent_text: input.consentText === undefined ? (current?.consent_text ?? null) : input.consentText || null,
  thank_you: input.thankYou === undefined ? (current?.thank_you ?? null) : input.thankYou || null,
  owner_id: input.ownerId === undefined ? (current?.owner_id ?? null) : input.ownerId,
  // New forms mark their leads with the built-in source "web_form" unless told otherwise.
  source: input.source === undefined ? (current ? current.source : 'web_form') : input.source || null,
  tags: input.tags ? [...new Set(input.tags)] : (current?.tags ?? []),
  active: input.active ?? current?.active ?? true,
});

/** Admin side of web forms (C8); `baseUrl` builds the link and embed snippet. */
export const createWebFormsService = (deps: Deps) => ({
  async listForms(actor: Actor, baseUrl: string) {
    return { data: (await listFormRows(deps.readDb, actor.orgId)).map((r) => toWebForm(r, baseUrl)) };
  },

  async getForm(actor: Actor, id: string, baseUrl: string) {
    const row = await findFormRow(deps.readDb, actor.orgId, id);
    if (!row) throw notFound(id);
    return toWebForm(row, baseUrl);
  },

  async createForm(actor: Actor, input: WebFormCreate, baseUrl: string) {
    return transact(deps, actor, async (tx, emit) => {
      const columns = columnsOf(input, null);
      await checkColumns(tx, actor, columns);
      const id = newId();
      await insertFormRow(tx, { ...columns, org_id: actor.orgId, id, public_id: newSecret(12) });
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'web_form',
        entityId: id,
        after: auditView(columns),
      });
      emit({ entityType: 'web-forms', entityId: id, action: 'create', permission: 'org.manage' });
      return toWebForm((await findFormRow(tx, actor.orgId, id))!, baseUrl);
    });
  },

  /** Throws CONFLICT (with the current form) when `version` is stale. */
  async updateForm(actor: Actor, id: string, input: WebFormUpdate, baseUrl: string) {
    return transact(deps, actor, async (tx, emit) => {
      const current = await findFormRow(tx, actor.orgId, id);
      if (!current) throw notFound(id);
      const columns = columnsOf(input, current);
      await checkColumns(tx, actor, columns);
      if (!(await updateFormRow(tx, actor.orgId, id, input.version, columns)))
        throw staleVersion('web form', toWebForm(current, baseUrl));
      const before = columnsOf({}, current);
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'web_form',
        entityId: id,
        changes: diff(auditView(before), auditView(columns)),
      });
      emit({ entityType: 'web-forms', entityId: id, action: 'update', permission: 'org.manage' });
      return toWebForm((await findFormRow(tx, actor.orgId, id))!, baseUrl);
    });
  },

  /** The link stops working at once; submissions already received stay with their customers. */
  async deleteForm(actor: Actor, id: string) {
    await transact(deps, actor, async (tx, emit) => {
      const current = await findFormRow(tx, actor.orgId, id);
      if (!current) throw notFound(id);
      await updateFormRow(tx, actor.orgId, id, current.version, { deleted_at: new Date() });
      await writeAudit(tx, actor, {
        action: 'delete',
        entityType: 'web_form',
        entityId: id,
        changes: { deletedAt: { from: null, to: 'now' } },
      });
      emit({ entityType: 'web-forms', entityId: id, action: 'delete', permission: 'org.manage' });
    });
  },
});

export type WebFormsService = ReturnType<typeof createWebFormsService>;
