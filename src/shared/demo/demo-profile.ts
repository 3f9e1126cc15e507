import {
  companyForms,
  companyTrades,
  companyWords,
  englishFemale,
  englishLast,
  englishMale,
  givenFemale,
  givenMale,
  givenNeutral,
  mobilePrefixes,
  streets,
  surnames,
} from './demo-names';
import { randomRegion, type DemoRegion } from './demo-regions';
import { cumulative, weightedIndex } from './samplers';
import type { Random } from './seeded-random';

/** A demo customer's profile, before the server adds ids, owners and search keys. */
export type DemoProfile = {
  kind: 'person' | 'company';
  name: string;
  gender: 'female' | 'male' | null;
  birthday: string | null;
  /** E.164, unique within a seed. */
  phone: string;
  email: string | null;
  region: DemoRegion;
  line1: string;
  /** A key of the default `source` pick list. */
  source: string;
  /** In [0, 1): which of the organisation's owners looks after the customer. */
  ownerPick: number;
};

/** Share of customers that are companies rather than people. */
export const COMPANY_SHARE = 0.06;
/** Share of people with an English name. */
export const ENGLISH_NAME_SHARE = 0.12;

const surnameWeights = cumulative(surnames.map((_, i) => 1 / (i + 6)));
const sourceKeys = ['wechat', 'walk_in', 'referral', 'web_form', 'advertising', 'event', 'phone', 'other'];
const sourceWeights = cumulative([25, 20, 15, 12, 10, 8, 5, 5]);
const domains = ['example.com', 'example.net', 'example.org'];

/**
 * A number in [0, 10^8) different for every index under one seed: multiplying by a constant
 * prime to 10^8 is a bijection modulo 10^8 (exact in doubles for the indexes used, < 10^7).
 */
const uniqueNumber = (seedOffset: number, index: number): number =>
  (index * 7654321 + seedOffset) % 100000000;

const chineseName = (rng: Random, gender: 'female' | 'male') => {
  const [surname, surnamePinyin] = surnames[weightedIndex(rng, surnameWeights)]!;
  const pool = [...(gender === 'female' ? givenFemale : givenMale), ...givenNeutral];
  const first = rng.pick(pool);
  const second = rng.chance(0.7) ? rng.pick(pool) : null;
  const given = first[0] + (second?.[0] ?? '');
  return { name: surname + given, local: `${first[1]}${second?.[1] ?? ''}.${surnamePinyin}` };
};

const englishName = (rng: Random, gender: 'female' | 'male') => {
  const first = rng.pick(gender === 'female' ? englishFemale : englishMale);
  const last = rng.pick(englishLast);
  return { name: `${first} ${last}`, local: `${first}.${last}`.toLowerCase() };
};

const birthday = (rng: Random): string | null => {
  if (!rng.chance(0.7)) return null;
  const year = 1960 + rng.int(45);
  const month = 1 + rng.int(12);
  const day = 1 + rng.int(28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/**
 * Customer `index` of a seed: name, contacts, region and source. Phones and e-mail addresses
 * are unique within the seed; addresses use the reserved example domains, so nothing is ever
 * sent to a real mailbox.
 */
export const demoProfile = (rng: Random, seedOffset: number, index: number): DemoProfile => {
  const unique = uniqueNumber(seedOffset, index);
  const phone = `+86${rng.pick(mobilePrefixes)}${String(unique).padStart(8, '0')}`;
  const region = randomRegion(rng);
  const line1 = `${rng.pick(streets)}${1 + rng.int(300)}号`;
  const source = sourceKeys[weightedIndex(rng, sourceWeights)]!;
  const ownerPick = rng.next();
  const tag = unique.toString(36);
  if (rng.chance(COMPANY_SHARE)) {
    const city = region.city.replace(/(市|地区|盟)$/, '');
    return {
      kind: 'company',
      name: `${city}${rng.pick(companyWords)}${rng.pick(companyTrades)}${rng.pick(companyForms)}`,
      gender: null,
      birthday: null,
      phone,
      email: rng.chance(0.6) ? `info.${tag}@${rng.pick(domains)}` : null,
      region,
      line1,
      source,
      ownerPick,
    };
  }
  const gender = rng.chance(0.52) ? 'female' : 'male';
  const named = rng.chance(ENGLISH_NAME_SHARE) ? englishName(rng, gender) : chineseName(rng, gender);
  return {
    kind: 'person',
    name: named.name,
    gender,
    birthday: birthday(rng),
    phone,
    email: rng.chance(0.45) ? `${named.local}.${tag}@${rng.pick(domains)}` : null,
    region,
    line1,
    source,
    ownerPick,
  };
};
