import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, WebFormsTable } from '../../../db/schema';

export type WebFormRow = Selectable<WebFormsTable> & { owner_name: string | null; submission_count: number };

const formSelect = (db: Kysely<DB>) =>
  db
    .selectFrom('web_forms as f')
    .leftJoin('users as u', (j) => j.onRef('u.org_id', '=', 'f.org_id').onRef('u.id', '=', 'f.owner_id'))
    .selectAll('f')
    .select('u.name as owner_name')
    .select(
      sql<number>`(SELECT count(*) FROM web_form_submissions s WHERE s.org_id = f.org_id AND s.form_id = f.id)::int`.as(
        'submission_count',
      ),
    );

export const listFormRows = (db: Kysely<DB>, orgId: string): Promise<WebFormRow[]> =>
  formSelect(db)
    .where('f.org_id', '=', orgId)
    .where('f.deleted_at', 'is', null)
    .orderBy('f.created_at', 'desc')
    .execute();

export const findFormRow = (db: Kysely<DB>, orgId: string, id: string): Promise<WebFormRow | undefined> =>
  formSelect(db)
    .where('f.org_id', '=', orgId)
    .where('f.id', '=', id)
    .where('f.deleted_at', 'is', null)
    .executeTakeFirst();

/** A form by the id in its public link, only while it is live and switched on. */
export const findPublicFormRow = (db: Kysely<DB>, publicId: string) =>
  db
    .selectFrom('web_forms')
    .selectAll()
    .where('public_id', '=', publicId)
    .where('active', '=', true)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();

export type WebFormColumns = {
  name: string;
  fields: string;
  consent_text: string | null;
  thank_you: string | null;
  owner_id: string | null;
  source: string | null;
  tags: string[];
  active: boolean;
};

export const insertFormRow = async (
  db: Kysely<DB>,
  row: WebFormColumns & { org_id: string; id: string; public_id: string },
) => {
  await db.insertInto('web_forms').values(row).execute();
};

/** Writes a new version if `version` is still current; false when it was stale (or the form is gone). */
export const updateFormRow = async (
  db: Kysely<DB>,
  orgId: string,
  id: string,
  version: number,
  columns: Partial<WebFormColumns> & { deleted_at?: Date },
): Promise<boolean> => {
  const done = await db
    .updateTable('web_forms')
    .set({ ...columns, version: sql`version + 1`, updated_at: sql`now()` })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
};

export const findSubmission = (db: Kysely<DB>, orgId: string, formId: string, key: string) =>
  db
    .selectFrom('web_form_submissions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('form_id', '=', formId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();

export const insertSubmission = async (
  db: Kysely<DB>,
  row: {
    org_id: string;
    form_id: string;
    idempotency_key: string;
    customer_id: string;
    created: boolean;
    ip: string | null;
  },
) => {
  await db.insertInto('web_form_submissions').values(row).execute();
};

/** The oldest live customer holding one of these normalised phones or emails, locked for update. */
export const findCustomerIdByContact = async (
  db: Kysely<DB>,
  orgId: string,
  phoneKeys: string[],
  emailKeys: string[],
): Promise<string | null> => {
  if (phoneKeys.length === 0 && emailKeys.length === 0) return null;
  const { rows } = await sql<{ id: string }>`
    SELECT id FROM customers
    WHERE org_id = ${orgId} AND deleted_at IS NULL AND merged_into IS NULL AND kind = 'person'
      AND (email_keys && ${emailKeys}::text[] OR phone_keys && ${phoneKeys}::text[])
    ORDER BY (email_keys && ${emailKeys}::text[]) DESC, created_at, id
    LIMIT 1
    FOR UPDATE
  `.execute(db);
  return rows[0]?.id ?? null;
};

/** A live company customer with exactly this name, to link a visitor to their employer. */
export const findCompanyIdByName = async (db: Kysely<DB>, orgId: string, name: string) =>
  (
    await db
      .selectFrom('customers')
      .select('id')
      .where('org_id', '=', orgId)
      .where('kind', '=', 'company')
      .where('name_key', '=', name.trim().toLowerCase())
      .where('deleted_at', 'is', null)
      .orderBy('created_at')
      .limit(1)
      .executeTakeFirst()
  )?.id ?? null;

/** The owner a form hands its leads to, if that user is still active. */
export const activeOwner = async (db: Kysely<DB>, orgId: string, userId: string | null) => {
  if (!userId) return null;
  const user = await db
    .selectFrom('users')
    .select(['id', 'team_id'])
    .where('org_id', '=', orgId)
    .where('id', '=', userId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return user ?? null;
};
