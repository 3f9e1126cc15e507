import { describe, expect, it } from 'vitest';
import { diff } from './audit';

describe('audit diff', () => {
  it('lists only the fields that changed, with from and to', () => {
    expect(
      diff({ name: 'A', role: 'sales', version: 1 }, { name: 'A', role: 'manager', version: 2 }),
    ).toEqual({
      role: { from: 'sales', to: 'manager' },
    });
  });

  it('treats a created record as every field going from null', () => {
    expect(diff(null, { name: '张三', tags: ['vip'] })).toEqual({
      name: { from: null, to: '张三' },
      tags: { from: null, to: ['vip'] },
    });
  });

  it('never writes a secret value', () => {
    expect(diff({ password_hash: 'a' }, { password_hash: 'b' })).toEqual({
      password_hash: { from: '[secret]', to: '[secret]' },
    });
  });

  it('compares nested values by content', () => {
    expect(diff({ address: { city: '上海' } }, { address: { city: '上海' } })).toEqual({});
  });
});
