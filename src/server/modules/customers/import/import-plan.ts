import type { ImportMatchKey, ImportOnMatch } from '../../../../shared/contracts/imports';
import type { ProfileColumns, SearchColumns } from '../profile/customer-profile';
import type { Counts } from './import.queries';
import type { MatchRow } from './import-batch.queries';
import { createProblems, mergeRow, type CheckedRow, type RowCheck } from './row-check';
import type { MappedRow, RowContext, RowProblem, UserRef } from './row-mapper';

/** A customer the batch creates; later rows of the file may merge into it. */
export type NewTarget = {
  type: 'new';
  id: string;
  kind: string;
  profile: ProfileColumns;
  companyName: string | null;
  /** The row's precomputed search columns, dropped once another row merges in. */
  search?: SearchColumns;
};
/** An existing customer the batch changes. */
export type ExistingTarget = {
  type: 'existing';
  match: MatchRow;
  profile: ProfileColumns;
  companyName: string | null;
  changed: boolean;
};
/** Seen in an earlier batch of a pass that writes nothing (dry run): only counted. */
type EarlierTarget = { type: 'earlier' };
type Target = NewTarget | ExistingTarget | EarlierTarget;

export type PlanOptions = { matchBy: readonly ImportMatchKey[]; onMatch: ImportOnMatch };
export type PlannedProblem = RowProblem & { line: number; seq: number };
export type BatchPlan = {
  creates: NewTarget[];
  updates: ExistingTarget[];
  problems: PlannedProblem[];
  counts: Counts;
};

/**
 * Keys of rows from earlier batches, for passes that write nothing: a 53-bit hash per key keeps
 * a million-row dry run's memory small while telling in-file duplicates apart.
 */
export type KeyMemory = Set<number>;

const hash = (text: string): number => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
};

const keyPrefix: Record<ImportMatchKey, string> = { externalId: 'e:', phone: 'p:', email: 'm:' };

/** A profile's match keys, by kind: external id, phones (E.164), emails (normalised). */
export const keysOf = (
  p: Pick<ProfileColumns, 'external_id' | 'phones' | 'emails'>,
): Record<ImportMatchKey, string[]> => ({
  externalId: p.external_id ? [p.external_id] : [],
  phone: p.phones.map((x) => x.number),
  email: p.emails.map((x) => x.address),
});

export const rememberKeys = (memory: KeyMemory, profile: ProfileColumns) => {
  for (const [kind, keys] of Object.entries(keysOf(profile)) as [ImportMatchKey, string[]][])
    for (const key of keys) memory.add(hash(keyPrefix[kind] + key));
};

/**
 * Decides what each row of a batch does: create, update a match, skip, or report problems.
 * Pure: the caller supplies the existing matches and writes the plan. Rows are handled in file
 * order, so a second row with the same phone (or email, or external id) meets the customer the
 * first one creates or updates, and the same policy applies to it.
 */
export const planBatch = (input: {
  rows: readonly RowCheck[];
  matches: readonly MatchRow[];
  ctx: RowContext;
  options: PlanOptions;
  defaultOwner: UserRef | null;
  newId: () => string;
  memory: KeyMemory | null;
}): BatchPlan => {
  const { ctx, options, memory } = input;
  const registry = new Map<string, Target>();
  const register = (profile: Pick<ProfileColumns, 'external_id' | 'phones' | 'emails'>, target: Target) => {
    for (const [kind, keys] of Object.entries(keysOf(profile)) as [ImportMatchKey, string[]][])
      for (const key of keys)
        if (!registry.has(keyPrefix[kind] + key)) registry.set(keyPrefix[kind] + key, target);
  };
  for (const match of input.matches) {
    const target: ExistingTarget = {
      type: 'existing',
      match,
      profile: match,
      companyName: match.company_name,
      changed: false,
    };
    for (const key of match.phone_keys) registry.set(`p:${key}`, target);
    for (const key of match.email_keys) registry.set(`m:${key}`, target);
    if (match.external_id) registry.set(`e:${match.external_id}`, target);
  }
  const find = (kind: ImportMatchKey, key: string): Target | undefined =>
    registry.get(keyPrefix[kind] + key) ??
    (memory?.has(hash(keyPrefix[kind] + key)) ? { type: 'earlier' } : undefined);

  const plan: BatchPlan = {
    creates: [],
    updates: [],
    problems: [],
    counts: { created: 0, updated: 0, skipped: 0, errors: 0 },
  };
  const report = (row: MappedRow, problems: RowProblem[]) => {
    plan.counts.errors++;
    problems.forEach((p, seq) => plan.problems.push({ ...p, line: row.line, seq }));
  };
  const ownerTeam = (ownerId: string | null) => (ownerId ? (ctx.users.get(ownerId)?.teamId ?? null) : null);

  for (const { row, result } of input.rows) {
    if (!result.ok) {
      report(row, result.problems);
      continue;
    }
    const checked = result.checked;
    const keys = keysOf(checked.profile);
    let target: Target | undefined;
    for (const kind of options.matchBy) {
      for (const key of keys[kind]) target ??= find(kind, key);
      if (target) break;
    }
    const extOwner = checked.profile.external_id
      ? find('externalId', checked.profile.external_id)
      : undefined;
    const externalIdTaken = () =>
      report(row, [
        {
          column: row.sources.get('externalId')?.header ?? null,
          reason: `External ID ${checked.profile.external_id} already belongs to another customer`,
          value: checked.profile.external_id,
          code: 'external_id_taken',
          params: { field: 'externalId', value: checked.profile.external_id! },
        },
      ]);

    if (target && options.onMatch !== 'create') {
      if (target.type === 'existing' && !target.match.visible) {
        report(row, [
          {
            column: null,
            reason: 'Matches a customer you cannot see; ask their owner or an administrator',
            value: null,
            code: 'hidden_match',
            params: {},
          },
        ]);
        continue;
      }
      if (options.onMatch === 'skip') {
        plan.counts.skipped++;
        continue;
      }
      if (extOwner && extOwner !== target) {
        externalIdTaken();
        continue;
      }
      if (target.type === 'earlier') {
        plan.counts.updated++;
        continue;
      }
      const merged = mergeInto(target, checked, ctx, ownerTeam);
      if (!merged.ok) {
        report(row, merged.problems);
        continue;
      }
      if (target.type === 'existing' && !target.changed) {
        target.changed = true;
        plan.updates.push(target);
      }
      register(target.profile, target);
      plan.counts.updated++;
      continue;
    }
    if (extOwner) {
      externalIdTaken();
      continue;
    }
    const missing = createProblems(checked, ctx);
    if (missing.length > 0) {
      report(row, missing);
      continue;
    }
    // The checked profile belongs to this row alone, so it becomes the new customer's as it is.
    const profile = checked.profile;
    profile.owner_id ??= input.defaultOwner?.id ?? null;
    profile.team_id = ownerTeam(profile.owner_id);
    const created: NewTarget = {
      type: 'new',
      id: input.newId(),
      kind: checked.input.kind,
      profile,
      companyName: checked.input.kind === 'company' ? null : row.companyName,
      search: checked.search,
    };
    plan.creates.push(created);
    register(created.profile, created);
    plan.counts.created++;
  }
  return plan;
};

const mergeInto = (
  target: NewTarget | ExistingTarget,
  checked: CheckedRow,
  ctx: RowContext,
  ownerTeam: (ownerId: string | null) => string | null,
) => {
  const merged = mergeRow(checked, target.profile, ctx);
  if (!merged.ok) return merged;
  if (target.type === 'new') target.search = undefined;
  const ownerChanged = checked.input.ownerId && checked.input.ownerId !== target.profile.owner_id;
  target.profile = ownerChanged
    ? { ...merged.profile, team_id: ownerTeam(merged.profile.owner_id) }
    : merged.profile;
  if (checked.row.companyName && (target.type === 'existing' ? target.match.kind : target.kind) !== 'company')
    target.companyName = checked.row.companyName;
  return merged;
};
