import type { CustomerUpdate } from '../../../../shared/contracts/customers';
import type { Profile } from './customer-form-values';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Only what the user changed, so a save never overwrites someone else's edit of another field,
 * and the same change can be re-applied on top of a newer version after a conflict.
 * Phones and emails are compared only when the user unlocked them (they arrive masked).
 */
export const changedProfile = (
  profile: Profile,
  original: Profile,
  contactsUnlocked: boolean,
): Omit<CustomerUpdate, 'version'> => {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(profile) as (keyof Profile)[]) {
    if (key === 'custom' || ((key === 'phones' || key === 'emails') && !contactsUnlocked)) continue;
    if (!same(profile[key], original[key])) changes[key] = profile[key];
  }
  const custom = Object.fromEntries(
    Object.entries(profile.custom ?? {}).filter(([key, value]) => !same(value, original.custom?.[key])),
  );
  if (Object.keys(custom).length > 0) changes.custom = custom;
  return changes as Omit<CustomerUpdate, 'version'>;
};
