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

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Single Han characters and adjacent pairs of a name: 王建国 → 王, 建, 国, 王建, 建国. Trigram
 * indexes need three characters, so one- and two-character Chinese queries use these instead.
 */
export const hanGrams = (name: string): string[] => {
  const grams = new Set<string>();
  for (const run of name.match(HAN_RUN) ?? []) {
    const chars = [...run];
    chars.forEach((c, i) => {
      grams.add(c);
      if (i + 1 < chars.length) grams.add(c + chars[i + 1]);
    });
  }
  return [...grams];
};

/** A query of one or two Han characters only: the case trigrams cannot serve. */
export const isShortHanQuery = (query: string): boolean => /^\p{Script=Han}{1,2}$/u.test(query);

export type HighlightPart = { text: string; match: boolean };

const partsOf = (chars: string[], from: number, to: number): HighlightPart[] =>
  [
    { text: chars.slice(0, from).join(''), match: false },
    { text: chars.slice(from, to).join(''), match: true },
    { text: chars.slice(to).join(''), match: false },
  ].filter((p) => p.text.length > 0);

/**
 * The name split for highlighting what the query matched: the literal text when the name
 * contains it, else the characters whose pinyin (or initials) the query spells.
 */
export const highlightName = (name: string, query: string): HighlightPart[] => {
  const chars = [...name];
  const at = name.toLowerCase().indexOf(query.toLowerCase().trim());
  if (at >= 0 && query.trim()) {
    const from = [...name.slice(0, at)].length;
    return partsOf(chars, from, from + [...query.trim()].length);
  }
  const compact = pinyinQuery(query);
  if (HAN.test(name) && compact) {
    const syllables = chars.map((c) =>
      HAN.test(c) ? pinyin(c, { toneType: 'none', surname: 'head', v: true }).toLowerCase() : c.toLowerCase(),
    );
    for (let start = 0; start < chars.length; start++) {
      let spelled = '';
      for (let end = start; end < chars.length; end++) {
        spelled += syllables[end];
        if (spelled.startsWith(compact) || compact.startsWith(spelled)) {
          if (spelled.length >= compact.length) return partsOf(chars, start, end + 1);
        } else break;
      }
      const initials = syllables
        .slice(start)
        .map((s) => s[0])
        .join('');
      if (compact.length > 1 && initials.startsWith(compact))
        return partsOf(chars, start, start + compact.length);
    }
  }
  return [{ text: name, match: false }];
};
