import { describe, expect, it } from 'vitest';
import { nameSearchKeys, pinyinQuery } from './search-keys';

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
