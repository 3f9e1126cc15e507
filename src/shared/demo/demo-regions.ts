import { areaList } from '@vant/area-data';
import { cumulative, weightedIndex, type Cumulative } from './samplers';
import type { Random } from './seeded-random';

/**
 * Real provinces, cities and districts of mainland China (from @vant/area-data, the list the
 * customer form offers), drawn roughly as people live: provinces by 2020 census population
 * in millions, a little more where tea sells well; each province's capital (its first city)
 * four times as often as its other cities.
 */
const population: Readonly<Record<string, number>> = {
  '11': 21.9,
  '12': 13.9,
  '13': 74.6,
  '14': 34.9,
  '15': 24.0,
  '21': 42.6,
  '22': 24.1,
  '23': 31.9,
  '31': 24.9,
  '32': 84.7,
  '33': 64.6,
  '34': 61.0,
  '35': 41.5,
  '36': 45.2,
  '37': 101.5,
  '41': 99.4,
  '42': 57.8,
  '43': 66.4,
  '44': 126.0,
  '45': 50.1,
  '46': 10.1,
  '50': 32.1,
  '51': 83.7,
  '52': 38.6,
  '53': 47.2,
  '54': 3.6,
  '61': 39.5,
  '62': 25.0,
  '63': 5.9,
  '64': 7.2,
  '65': 25.9,
};
const teaLovers = new Set(['11', '31', '33', '35', '44']);

/** City names end like this; the list also has groupings such as 省直辖县 that are no city. */
const CITY = /(市|州|盟|地区)$/;

export type DemoRegion = { province: string; city: string; district: string | null };

type CityEntry = { name: string; districts: string[] };
type ProvinceEntry = { name: string; cities: CityEntry[]; cityWeights: Cumulative };
type RegionTable = { provinces: ProvinceEntry[]; weights: Cumulative };

let table: RegionTable | null = null;

const regionTable = (): RegionTable => {
  if (table) return table;
  const districts = new Map<string, string[]>();
  for (const [code, name] of Object.entries(areaList.county_list)) {
    const key = code.slice(0, 4);
    districts.set(key, [...(districts.get(key) ?? []), name]);
  }
  const provinces: ProvinceEntry[] = [];
  const weights: number[] = [];
  for (const [code, name] of Object.entries(areaList.province_list).sort(([a], [b]) => a.localeCompare(b))) {
    const prefix = code.slice(0, 2);
    const people = population[prefix];
    if (people === undefined) continue;
    const cities = Object.entries(areaList.city_list)
      .filter(([c, n]) => c.startsWith(prefix) && CITY.test(n))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, n]) => ({ name: n, districts: districts.get(c.slice(0, 4)) ?? [] }));
    if (cities.length === 0) continue;
    provinces.push({ name, cities, cityWeights: cumulative(cities.map((_, i) => (i === 0 ? 4 : 1))) });
    weights.push(people * (teaLovers.has(prefix) ? 1.5 : 1));
  }
  table = { provinces, weights: cumulative(weights) };
  return table;
};

export const randomRegion = (rng: Random): DemoRegion => {
  const { provinces, weights } = regionTable();
  const province = provinces[weightedIndex(rng, weights)]!;
  const city = province.cities[weightedIndex(rng, province.cityWeights)]!;
  return {
    province: province.name,
    city: city.name,
    district: city.districts.length > 0 ? rng.pick(city.districts) : null,
  };
};
