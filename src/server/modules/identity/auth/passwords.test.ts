import { describe, expect, it } from 'vitest';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords';

describe('password rules', () => {
  it('accepts a long uncommon password', () => {
    expect(() => assertStrongPassword('Velvet-Harbor-42', ['li.wei@example.com'])).not.toThrow();
  });

  it.each(['password123', 'QWERTYUIOP', '1234567890', 'aaaaaaaaaaaa', 'abcdefghijk'])(
    'refuses %s',
    (password) => {
      expect(() => assertStrongPassword(password)).toThrow(/Choose a different password/);
    },
  );

  it('refuses a password containing the person’s email name', () => {
    expect(() => assertStrongPassword('zhangwei-2026!', ['zhangwei@example.com'])).toThrow(
      /your name or email/,
    );
  });

  it('hashes so that only the same password verifies', async () => {
    const hash = await hashPassword('Velvet-Harbor-42');
    expect(hash).not.toContain('Velvet');
    expect(await verifyPassword(hash, 'Velvet-Harbor-42')).toBe(true);
    expect(await verifyPassword(hash, 'Velvet-Harbor-43')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
