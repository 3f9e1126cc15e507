import { describe, expect, it } from 'vitest';
import { regionOptions } from './region-options';

describe('regionOptions', () => {
  const provinces = regionOptions();

  it('nests cities under their province and districts under their city by code prefix', () => {
    const guangdong = provinces.find((p) => p.value === '广东省');
    const shenzhen = guangdong?.children?.find((c) => c.value === '深圳市');
    expect(shenzhen?.children?.map((d) => d.value)).toContain('南山区');
    expect(
      provinces.find((p) => p.value === '北京市')?.children?.[0]?.children?.map((d) => d.value),
    ).toContain('朝阳区');
  });

  it('covers every province once', () => {
    const names = provinces.map((p) => p.value);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(31);
  });
});
