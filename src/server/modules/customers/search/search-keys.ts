import { pinyin } from 'pinyin-pro';

export type NameSearchKeys = {
  /** Whole-name pinyin without spaces or tones: 张三 → zhangsan, 单雄信 → shanxiongxin. */
  pinyin: string;
  /** First letters: 张三 → zs. */
  initials: string;
};

const HAN = /\p{Script=Han}/u;

/**
 * Pinyin keys stored beside a customer's name so `zhangsan`, `zhang san` and `zs` find 张三.
 * Surname mode reads polyphonic surnames as surnames (单 → shan, 曾 → zeng). Non-Chinese
 * names give lower-case letters and digits only.
 */
export const nameSearchKeys = (name: string): NameSearchKeys => {
  const trimmed = name.trim();
  if (!HAN.test(trimmed)) {
    const plain = trimmed.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const initials = trimmed
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((w) => w[0])
      .join('');
    return { pinyin: plain, initials };
  }
  const syllables = pinyin(trimmed, {
    toneType: 'none',
    type: 'array',
    surname: 'head',
    nonZh: 'consecutive',
    v: true,
  })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, ''))
    .filter(Boolean);
  return { pinyin: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
};

/** A search box query in the form stored keys are compared with: lower case, no spaces. */
export const pinyinQuery = (query: string): string => query.toLowerCase().replace(/[\s'’-]+/g, '');
