import { areaList } from '@vant/area-data';

export type RegionOption = { value: string; label: string; children?: RegionOption[] };

let cached: RegionOption[] | null = null;

const byPrefix = (list: Record<string, string>, length: number) => {
  const groups = new Map<string, [string, string][]>();
  for (const entry of Object.entries(list)) {
    const prefix = entry[0].slice(0, length);
    groups.set(prefix, [...(groups.get(prefix) ?? []), entry]);
  }
  return groups;
};

/**
 * China's provinces, cities and districts as cascader options, valued by name (the API stores
 * names). Codes are 6 digits: a city shares its province's first 2, a district its city's first 4.
 */
export const regionOptions = (): RegionOption[] => {
  if (cached) return cached;
  const cities = byPrefix(areaList.city_list, 2);
  const counties = byPrefix(areaList.county_list, 4);
  cached = Object.entries(areaList.province_list).map(([provinceCode, province]) => ({
    value: province,
    label: province,
    children: (cities.get(provinceCode.slice(0, 2)) ?? []).map(([cityCode, city]) => {
      const districts = counties.get(cityCode.slice(0, 4)) ?? [];
      return {
        value: city,
        label: city,
        ...(districts.length > 0 ? { children: districts.map(([, d]) => ({ value: d, label: d })) } : {}),
      };
    }),
  }));
  return cached;
};
