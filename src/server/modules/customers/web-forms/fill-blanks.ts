import type { ProfileColumns } from '../profile/customer-profile';

const blank = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * What a form submission adds to a customer who already exists: it fills fields that are empty,
 * adds a phone or email not yet known (never as primary when there is one) and the form's tags.
 * Whatever a salesperson entered stays as it is. Returns the new profile and the fields filled.
 */
export const fillBlanks = (
  current: ProfileColumns,
  incoming: ProfileColumns,
): { profile: ProfileColumns; filled: string[] } => {
  const filled: string[] = [];
  const profile: ProfileColumns = { ...current, custom: { ...current.custom } };
  for (const key of ['title', 'notes', 'company_id', 'owner_id', 'source'] as const) {
    if (blank(current[key]) && !blank(incoming[key])) {
      profile[key] = incoming[key];
      filled.push(key);
    }
  }
  if (filled.includes('owner_id') && blank(current.team_id)) profile.team_id = incoming.team_id;
  for (const [key, value] of Object.entries(incoming.custom))
    if (blank(current.custom[key]) && !blank(value)) {
      profile.custom[key] = value;
      filled.push(`custom.${key}`);
    }
  const newPhones = incoming.phones.filter((p) => !current.phones.some((c) => c.number === p.number));
  if (newPhones.length) {
    profile.phones = [
      ...current.phones,
      ...newPhones.map((p, i) => ({ ...p, primary: current.phones.length === 0 && i === 0 })),
    ];
    filled.push('phones');
  }
  const newEmails = incoming.emails.filter((e) => !current.emails.some((c) => c.address === e.address));
  if (newEmails.length) {
    profile.emails = [
      ...current.emails,
      ...newEmails.map((e, i) => ({ ...e, primary: current.emails.length === 0 && i === 0 })),
    ];
    filled.push('emails');
  }
  if (current.addresses.length === 0 && incoming.addresses.length > 0) {
    profile.addresses = incoming.addresses;
    profile.country = incoming.country;
    profile.province = incoming.province;
    profile.city = incoming.city;
    profile.district = incoming.district;
    filled.push('addresses');
  }
  const tags = [...new Set([...current.tags, ...incoming.tags])];
  if (tags.length !== current.tags.length) {
    profile.tags = tags;
    filled.push('tags');
  }
  profile.primary_phone = profile.phones.find((p) => p.primary)?.number ?? null;
  profile.primary_email = profile.emails.find((e) => e.primary)?.address ?? null;
  return { profile, filled };
};
