import { describe, expect, it } from 'vitest';
import { maskEmail, maskPhone, normalizeEmail, normalizePhone } from './contacts';

describe('phone numbers', () => {
  it.each(['13800138000', '138 0013 8000', '138-0013-8000', '+86 138 0013 8000', '+8613800138000'])(
    'reads %s as the same Chinese mobile number',
    (raw) => {
      expect(normalizePhone(raw)).toEqual({
        ok: true,
        e164: '+8613800138000',
        national: '13800138000',
        digits: '8613800138000',
      });
    },
  );

  it('reads a number without country code in the organisation’s region', () => {
    expect(normalizePhone('(415) 555-2671', 'US')).toMatchObject({ ok: true, e164: '+14155552671' });
  });

  it('explains why a number is refused', () => {
    expect(normalizePhone('12345')).toEqual({ ok: false, reason: 'is not a valid phone number for CN' });
    expect(normalizePhone('call me')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('only digits'),
    });
    expect(normalizePhone('  ')).toEqual({ ok: false, reason: 'is empty' });
  });
});

describe('emails', () => {
  it('normalises case and spaces, and refuses what is not an address', () => {
    expect(normalizeEmail('  Zhang.San@Example.COM ')).toBe('zhang.san@example.com');
    expect(normalizeEmail('zhang san@example.com')).toBeUndefined();
    expect(normalizeEmail('no-at-sign')).toBeUndefined();
  });
});

describe('masking', () => {
  it('shows the first three and last four digits of a phone number', () => {
    expect(maskPhone('+8613800138000')).toBe('138****8000');
    expect(maskPhone('+14155552671')).toBe('415***2671');
    expect(maskPhone('13800138000')).toBe('138****8000');
  });

  it('shows the first letter and the domain of an email', () => {
    expect(maskEmail('zhang.san@example.com')).toBe('z***@example.com');
  });
});
