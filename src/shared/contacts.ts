import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export type PhoneResult =
  { ok: true; e164: string; national: string; digits: string } | { ok: false; reason: string };

/**
 * Parses a phone number as people type it (spaces, dashes, with or without +86) into E.164.
 * Numbers without a country code are read in `defaultRegion` (the organisation's country).
 */
export const normalizePhone = (raw: string, defaultRegion: CountryCode = 'CN'): PhoneResult => {
  const trimmed = raw.trim();
  if (!trimmed) return { ok: false, reason: 'is empty' };
  if (!/^[+\d\s().\-－—]+$/.test(trimmed))
    return { ok: false, reason: 'may contain only digits, spaces, +, - and ()' };
  const parsed = parsePhoneNumberFromString(trimmed.replace(/[－—]/g, '-'), defaultRegion);
  if (!parsed || !parsed.isValid())
    return { ok: false, reason: `is not a valid phone number for ${parsed?.country ?? defaultRegion}` };
  const national = parsed.nationalNumber.toString();
  return { ok: true, e164: parsed.number, national, digits: parsed.number.replace(/\D/g, '') };
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Lower-cases and trims an email; undefined when it is not an email address. */
export const normalizeEmail = (raw: string): string | undefined => {
  const email = raw.trim().toLowerCase();
  return EMAIL.test(email) && email.length <= 254 ? email : undefined;
};

/** 138****8000: the first three and last four digits of the national number stay visible. */
export const maskPhone = (phone: string): string => {
  const national = parsePhoneNumberFromString(phone)?.nationalNumber.toString() ?? phone.replace(/\D/g, '');
  if (national.length <= 7) return `${national.slice(0, 1)}${'*'.repeat(Math.max(0, national.length - 1))}`;
  return `${national.slice(0, 3)}${'*'.repeat(national.length - 7)}${national.slice(-4)}`;
};

/** z***@example.com: the first character of the name and the whole domain stay visible. */
export const maskEmail = (email: string): string => {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
};
