import type { Kysely } from 'kysely';
import type { CountryCode } from 'libphonenumber-js/min';
import { AppError } from '../../../../shared/errors';
import type { CustomerCreate, CustomerUpdate } from '../../../../shared/contracts/customers';
import type { ValueIssue } from '../../../../shared/customers/custom-values';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import {
  listCustomFieldRows,
  toCustomRules,
  type CustomFieldRow,
} from '../custom-fields/custom-fields.queries';
import { loadPicklists, picklistIssues, type Picklists } from '../picklists/picklists.service';
import { orgCountry } from '../customers.queries';
import { buildProfile, type ProfileColumns } from './customer-profile';

/** What checking a profile needs from the organisation: loaded once per request or import. */
export type WriteContext = {
  region: CountryCode;
  customFields: CustomFieldRow[];
  picklists: Picklists;
};

export const loadWriteContext = async (db: Kysely<DB>, orgId: string): Promise<WriteContext> => ({
  region: (await orgCountry(db, orgId)) as CountryCode,
  customFields: await listCustomFieldRows(db, orgId),
  picklists: await loadPicklists(db, orgId),
});

/** Profile problems, picklists included, with paths as the API names the fields. */
export const profileIssues = (
  input: Partial<CustomerCreate> | Partial<CustomerUpdate>,
  current: ProfileColumns | null,
  context: WriteContext,
): { profile: ProfileColumns; issues: ValueIssue[] } => {
  const { profile, issues } = buildProfile(input, current, {
    region: context.region,
    customRules: toCustomRules(context.customFields),
  });
  const changed = (key: keyof typeof input) => input[key] !== undefined;
  issues.push(
    ...picklistIssues(context.picklists, {
      category: changed('category') ? profile.category : null,
      value_tier: changed('valueTier') ? profile.value_tier : null,
      lifecycle_stage: changed('lifecycleStage') ? profile.lifecycle_stage : null,
      source: changed('source') ? profile.source : null,
    }),
  );
  return { profile, issues };
};

/** References must point at live records of the same organisation. */
export const referenceIssues = async (
  db: Kysely<DB>,
  actor: Actor,
  profile: ProfileColumns,
  selfId: string | null,
): Promise<ValueIssue[]> => {
  const issues: ValueIssue[] = [];
  if (profile.owner_id) {
    const owner = await db
      .selectFrom('users')
      .select('status')
      .where('org_id', '=', actor.orgId)
      .where('id', '=', profile.owner_id)
      .executeTakeFirst();
    if (!owner || owner.status !== 'active')
      issues.push({ path: 'ownerId', message: 'must be an active user of this organisation' });
  }
  if (profile.team_id) {
    const team = await db
      .selectFrom('teams')
      .select('id')
      .where('org_id', '=', actor.orgId)
      .where('id', '=', profile.team_id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!team) issues.push({ path: 'teamId', message: 'must be a team of this organisation' });
  }
  if (profile.company_id) {
    const company = await db
      .selectFrom('customers')
      .select(['kind', 'deleted_at'])
      .where('org_id', '=', actor.orgId)
      .where('id', '=', profile.company_id)
      .executeTakeFirst();
    if (profile.company_id === selfId || !company || company.kind !== 'company' || company.deleted_at)
      issues.push({ path: 'companyId', message: 'must be a company customer of this organisation' });
  }
  return issues;
};

export const invalidProfile = (issues: ValueIssue[]) =>
  new AppError(
    'INVALID_INPUT',
    `The customer cannot be saved: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    { issues: issues.map((i) => ({ path: `body.${i.path}`, message: i.message })) },
  );
