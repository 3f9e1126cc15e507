import type { CountryCode } from 'libphonenumber-js/min';
import { normalizeEmail, normalizePhone } from '../../../../shared/contacts';
import type { AddressEntry, CustomerCreate, CustomerUpdate } from '../../../../shared/contracts/customers';
import {
  checkCustomValues,
  type CustomFieldRule,
  type ValueIssue,
} from '../../../../shared/customers/custom-values';
import { hanGrams, nameSearchKeys } from '../search/search-keys';

type Phone = { label: string; number: string; primary: boolean };
type Email = { label: string; address: string; primary: boolean };

/** The columns a customer's profile is stored in, derived keys included. */
export type ProfileColumns = {
  name: string;
  company_id: string | null;
  title: string | null;
  gender: string | null;
  birthday: string | null;
  phones: Phone[];
  emails: Email[];
  addresses: AddressEntry[];
  primary_phone: string | null;
  primary_email: string | null;
  country: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  source: string | null;
  category: string | null;
  value_tier: string | null;
  lifecycle_stage: string | null;
  owner_id: string | null;
  team_id: string | null;
  tags: string[];
  notes: string | null;
  custom: Record<string, unknown>;
  external_id: string | null;
};

export type SearchColumns = {
  phone_keys: string[];
  email_keys: string[];
  name_key: string;
  name_pinyin: string;
  name_initials: string;
  name_grams: string[];
  search_text: string;
};

/** Exactly one entry is primary: the one marked, else the first. */
const withOnePrimary = <T extends { primary: boolean }>(entries: T[]): T[] => {
  const marked = Math.max(
    0,
    entries.findIndex((e) => e.primary),
  );
  return entries.map((e, i) => ({ ...e, primary: i === marked }));
};

const normalisePhones = (phones: Phone[], region: CountryCode, issues: ValueIssue[]): Phone[] =>
  phones.flatMap((p, i) => {
    const parsed = normalizePhone(p.number, region);
    if (!parsed.ok) {
      issues.push({
        path: `phones.${i}.number`,
        message: `${p.number} ${parsed.reason}`,
        code: 'bad_phone',
        params: { value: p.number },
      });
      return [];
    }
    return [{ ...p, number: parsed.e164 }];
  });

const normaliseEmails = (emails: Email[], issues: ValueIssue[]): Email[] =>
  emails.flatMap((e, i) => {
    const address = normalizeEmail(e.address);
    if (!address) {
      issues.push({
        path: `emails.${i}.address`,
        message: `${e.address} is not an email address`,
        code: 'bad_email',
        params: { value: e.address },
      });
      return [];
    }
    return [{ ...e, address }];
  });

const uniqueTags = (tags: string[]) => [...new Set(tags.map((t) => t.trim()).filter(Boolean))];

const blankToNull = (v: string | null | undefined) => (v === undefined || v === null || v === '' ? null : v);

/**
 * Merges a create or update over the current profile and normalises it: phones to E.164 in the
 * organisation's region, emails lower-cased, one primary of each, tags de-duplicated, custom
 * values checked against their definitions. Problems are returned, never thrown, so an import
 * can report them per row.
 */
export const buildProfile = (
  input: Partial<CustomerCreate> | Partial<CustomerUpdate>,
  current: ProfileColumns | null,
  context: { region: CountryCode; customRules: readonly CustomFieldRule[] },
): { profile: ProfileColumns; issues: ValueIssue[] } => {
  const issues: ValueIssue[] = [];
  const pick = <K extends keyof typeof input>(key: K, fallback: unknown) =>
    input[key] === undefined ? fallback : input[key];
  const phones = input.phones
    ? withOnePrimary(normalisePhones(input.phones, context.region, issues))
    : (current?.phones ?? []);
  const emails = input.emails
    ? withOnePrimary(normaliseEmails(input.emails, issues))
    : (current?.emails ?? []);
  const addresses = input.addresses ? withOnePrimary(input.addresses) : (current?.addresses ?? []);
  const mainAddress = addresses.find((a) => a.primary);
  const custom = input.custom
    ? checkCustomValues(context.customRules, input.custom, current?.custom ?? {})
    : current
      ? { values: current.custom, issues: [] }
      : checkCustomValues(context.customRules, {}, {});
  issues.push(...custom.issues);
  const profile: ProfileColumns = {
    name: (pick('name', current?.name) as string | undefined) ?? '',
    company_id: pick('companyId', current?.company_id ?? null) as string | null,
    title: blankToNull(pick('title', current?.title) as string | null),
    gender: pick('gender', current?.gender ?? null) as string | null,
    birthday: blankToNull(pick('birthday', current?.birthday) as string | null),
    phones,
    emails,
    addresses,
    primary_phone: phones.find((p) => p.primary)?.number ?? null,
    primary_email: emails.find((e) => e.primary)?.address ?? null,
    country: mainAddress?.country ?? null,
    province: blankToNull(mainAddress?.province),
    city: blankToNull(mainAddress?.city),
    district: blankToNull(mainAddress?.district),
    source: blankToNull(pick('source', current?.source) as string | null),
    category: blankToNull(pick('category', current?.category) as string | null),
    value_tier: blankToNull(pick('valueTier', current?.value_tier) as string | null),
    lifecycle_stage: blankToNull(pick('lifecycleStage', current?.lifecycle_stage) as string | null),
    owner_id: pick('ownerId', current?.owner_id ?? null) as string | null,
    team_id: pick('teamId', current?.team_id ?? null) as string | null,
    tags: input.tags ? uniqueTags(input.tags) : (current?.tags ?? []),
    notes: blankToNull(pick('notes', current?.notes) as string | null),
    custom: custom.values,
    external_id: blankToNull(pick('externalId', current?.external_id) as string | null),
  };
  if (profile.birthday && profile.birthday > new Date().toISOString().slice(0, 10))
    issues.push({ path: 'birthday', message: 'must not be in the future', code: 'future_date' });
  return { profile, issues };
};

/** Phone keys: E.164 digits and national digits, so a search with or without +86 matches. */
const phoneDigits = (e164: string): string[] => {
  const parsed = normalizePhone(e164);
  return parsed.ok ? [...new Set([parsed.digits, parsed.national])] : [e164.replace(/\D/g, '')];
};

/** The stored search columns for a profile; `companyName` lets people find staff by employer. */
export const searchColumns = (profile: ProfileColumns, companyName: string | null): SearchColumns => {
  const keys = nameSearchKeys(profile.name);
  const phoneKeys = profile.phones.map((p) => p.number);
  const emailKeys = profile.emails.map((e) => e.address);
  const parts = [
    profile.name.toLowerCase(),
    keys.pinyin,
    companyName?.toLowerCase(),
    ...profile.phones.flatMap((p) => phoneDigits(p.number)),
    ...emailKeys,
    profile.external_id?.toLowerCase(),
  ].filter(Boolean);
  return {
    phone_keys: phoneKeys,
    email_keys: emailKeys,
    name_key: profile.name.toLowerCase(),
    name_pinyin: keys.pinyin,
    name_initials: keys.initials,
    name_grams: hanGrams(profile.name),
    search_text: parts.join(' '),
  };
};
