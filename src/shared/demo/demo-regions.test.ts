import { areaList } from '@vant/area-data';
import { describe, expect, it } from 'vitest';
import { randomRegion } from './demo-regions';
import { createRandom } from './seeded-random';

describe('demo regions', () => {
  const rng = createRandom('regions');
  const regions = Array.from({ length: 20_000 }, () => randomRegion(rng));

  it('uses real mainland provinces, cities and districts from the area list', () => {
    const provinces = new Set(Object.values(areaList.province_list));
    const cities = new Set(Object.values(areaList.city_list));
    const districts = new Set(Object.values(areaList.county_list));
    const bad = regions.filter(
      (r) =>
        !provinces.has(r.province) ||
        !cities.has(r.city) ||
        (r.district !== null && !districts.has(r.district)) ||
        /台湾|香港|澳门/.test(r.province) ||
        !/(市|州|盟|地区)$/.test(r.city),
    );
    expect(bad).toEqual([]);
  });

  it('draws populous provinces more often than sparse ones', () => {
    const count = (province: string) => regions.filter((r) => r.province === province).length;
    expect(count('广东省')).toBeGreaterThan(10 * count('西藏自治区'));
    expect(count('广东省')).toBeGreaterThan(count('宁夏回族自治区') * 5);
    expect(new Set(regions.map((r) => r.province)).size).toBe(31);
  });
});
