import type { AddressEntry } from '../../../../shared/contracts/customers';
import { mergeFieldKeys, type MergeFieldKey } from '../../../../shared/contracts/duplicates';
import type { ProfileColumns } from '../profile/customer-profile';

type Scalar = Exclude<keyof ProfileColumns, 'phones' | 'emails' | 'addresses' | 'custom' | 'tags'>;

/** Which stored column each pickable field is. */
export const mergeFieldColumns: Record<MergeFieldKey, Scalar> = {
  name: 'name',
  title: 'title',
  gender: 'gender',
  birthday: 'birthday',
  company: 'company_id',
  category: 'category',
  valueTier: 'value_tier',
  lifecycleStage: 'lifecycle_stage',
  source: 'source',
  owner: 'owner_id',
  team: 'team_id',
  notes: 'notes',
  externalId: 'external_id',
};

export type MergeParty = { id: string; profile: ProfileColumns };

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

const addressKey = (a: AddressEntry) =>
  [a.country, a.province, a.city, a.district, a.line1, a.line2, a.postcode]
    .map((p) => (p ?? '').trim().toLowerCase())
    .join('|');

/** Entries of every party, the survivor's first, each once (by `keyOf`); only the survivor's primary stays primary. */
const union = <T extends { primary: boolean }>(lists: T[][], keyOf: (entry: T) => string): T[] => {
  const seen = new Set<string>();
  const out: T[] = [];
  lists.forEach((list, party) => {
    for (const entry of list) {
      const key = keyOf(entry);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...entry, primary: party === 0 && entry.primary });
    }
  });
  // A survivor without any gets the first entry as primary, so exactly one is.
  const marked = Math.max(
    0,
    out.findIndex((e) => e.primary),
  );
  return out.map((e, i) => ({ ...e, primary: i === marked }));
};

/**
 * The survivor's profile after a merge. Each field takes the value of the customer chosen for
 * it; a field nobody chose keeps the survivor's value, or else the first non-empty one among the
 * merged customers (in the order given). Phones, emails, addresses and tags are united without
 * repeats. `choices` must already be checked: known keys, ids among the parties.
 */
export const mergeProfiles = (
  survivor: MergeParty,
  merged: MergeParty[],
  choices: Record<string, string>,
  customKeys: readonly string[],
): ProfileColumns => {
  const parties = [survivor, ...merged];
  const byId = new Map(parties.map((p) => [p.id, p.profile]));
  const pick = <T>(read: (p: ProfileColumns) => T, chosen: string | undefined): T => {
    if (chosen) return read(byId.get(chosen)!);
    const own = read(survivor.profile);
    if (!isEmpty(own)) return own;
    return parties.map((p) => read(p.profile)).find((v) => !isEmpty(v)) ?? own;
  };

  const profile: ProfileColumns = { ...survivor.profile };
  for (const key of mergeFieldKeys) {
    const column = mergeFieldColumns[key];
    (profile as Record<Scalar, unknown>)[column] = pick((p) => p[column], choices[key]);
  }
  const allCustomKeys = new Set([...customKeys, ...parties.flatMap((p) => Object.keys(p.profile.custom))]);
  const custom: Record<string, unknown> = {};
  for (const key of allCustomKeys) {
    const value = pick((p) => p.custom[key], choices[`custom.${key}`]);
    if (!isEmpty(value)) custom[key] = value;
  }
  profile.custom = custom;

  profile.phones = union(
    parties.map((p) => p.profile.phones),
    (e) => e.number,
  );
  profile.emails = union(
    parties.map((p) => p.profile.emails),
    (e) => e.address,
  );
  profile.addresses = union(
    parties.map((p) => p.profile.addresses),
    addressKey,
  );
  profile.tags = [...new Set(parties.flatMap((p) => p.profile.tags))];
  const main = profile.addresses.find((a) => a.primary);
  profile.primary_phone = profile.phones.find((p) => p.primary)?.number ?? null;
  profile.primary_email = profile.emails.find((e) => e.primary)?.address ?? null;
  profile.country = main?.country ?? null;
  profile.province = main?.province || null;
  profile.city = main?.city || null;
  profile.district = main?.district || null;
  return profile;
};

/** Problems with the chosen fields: unknown keys, or a customer who is not part of the merge. */
export const choiceIssues = (
  choices: Record<string, string>,
  partyIds: readonly string[],
  customKeys: readonly string[],
): { path: string; message: string }[] =>
  Object.entries(choices).flatMap(([key, id]) => {
    const known =
      (mergeFieldKeys as readonly string[]).includes(key) ||
      (key.startsWith('custom.') && customKeys.includes(key.slice('custom.'.length)));
    if (!known) return [{ path: `body.fields.${key}`, message: 'is not a field that can be merged' }];
    if (!partyIds.includes(id.toLowerCase()))
      return [{ path: `body.fields.${key}`, message: 'must be the id of one of the merged customers' }];
    return [];
  });
