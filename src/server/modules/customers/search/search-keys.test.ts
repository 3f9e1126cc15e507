import { describe, expect, it } from 'vitest';
import { hanGrams, highlightName, nameSearchKeys, pinyinQuery } from './search-keys';

describe('name search keys', () => {
  it.each([
    ['张三', 'zhangsan', 'zs'],
    ['单雄信', 'shanxiongxin', 'sxx'],
    ['曾国藩', 'zengguofan', 'zgf'],
    ['吕布', 'lvbu', 'lb'],
    ['欧阳建国', 'ouyangjianguo', 'oyjg'],
    ['李 Ann', 'liann', 'la'],
  ])('%s → %s / %s', (name, full, initials) => {
    expect(nameSearchKeys(name)).toEqual({ pinyin: full, initials });
  });

  it('keeps non-Chinese names as plain lower-case letters', () => {
    expect(nameSearchKeys('Anne-Marie O’Neil')).toEqual({ pinyin: 'annemarieoneil', initials: 'amon' });
  });

  it('lets a typed query match the stored keys with or without spaces', () => {
    expect(pinyinQuery('Zhang San')).toBe(nameSearchKeys('张三').pinyin);
    expect(pinyinQuery('ZS')).toBe(nameSearchKeys('张三').initials);
  });
});

describe('highlighting a match in a name', () => {
  it.each([
    [
      '张三丰',
      '三丰',
      [
        { text: '张', match: false },
        { text: '三丰', match: true },
      ],
    ],
    [
      '张三丰',
      'sanfeng',
      [
        { text: '张', match: false },
        { text: '三丰', match: true },
      ],
    ],
    [
      '张三丰',
      'zs',
      [
        { text: '张三', match: true },
        { text: '丰', match: false },
      ],
    ],
    [
      'Anne Smith',
      'smi',
      [
        { text: 'Anne ', match: false },
        { text: 'Smi', match: true },
        { text: 'th', match: false },
      ],
    ],
    ['王建国', 'xyz', [{ text: '王建国', match: false }]],
  ])('%s with %s', (name, query, parts) => {
    expect(highlightName(name, query)).toEqual(parts);
  });
});

describe('character pairs for short Chinese queries', () => {
  it('holds each Han character and each adjacent pair', () => {
    expect(hanGrams('王建国').sort()).toEqual(['国', '建', '建国', '王', '王建'].sort());
    expect(hanGrams('Li 小龙')).toEqual(['小', '小龙', '龙']);
  });
});
