import { pinyin } from 'pinyin-pro';
import { hanGrams, nameSearchKeys } from '../../src/server/modules/customers/search/search-keys';
import { englishLast } from '../../src/shared/demo/demo-names';

/** Common Chinese surnames (incl. two-character and polyphonic ones) and given-name characters. */
const surnames = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单',
  '欧阳',
  '司马',
  '诸葛',
];
const givenChars = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英建国华志晓海燕丹萍鑫浩宇轩涵欣怡梓萱诺桐思远文博俊嘉琪雪梅红玉兰春秀云峰林辉斌亮',
];
const englishFirst = [
  'Anna',
  'Ben',
  'Chloe',
  'David',
  'Emma',
  'Frank',
  'Grace',
  'Henry',
  'Iris',
  'Jack',
  'Kate',
  'Leo',
  'Mia',
  'Noah',
  'Olivia',
  'Peter',
  'Quinn',
  'Ruby',
  'Sam',
  'Tom',
  'Uma',
  'Victor',
  'Wendy',
  'Xavier',
  'Yara',
  'Zoe',
];

export type NamePart = { text: string; pinyin: string; initials: string; grams: string };

const given = [
  ...givenChars,
  ...givenChars.flatMap((a, i) => givenChars.filter((_, j) => (i * 7 + j) % 3 === 0).map((b) => a + b)),
];

const chinesePart = (text: string, surname: boolean): NamePart => {
  const syllables = pinyin(text, {
    toneType: 'none',
    type: 'array',
    surname: surname ? 'head' : 'off',
    v: true,
  });
  return {
    text,
    pinyin: syllables.join(''),
    initials: syllables.map((s) => s[0]).join(''),
    grams: hanGrams(text).join(' '),
  };
};

/** First parts (surnames, English first names) and second parts, with their search keys. */
export const namePools = () => {
  const chineseFirst = surnames.map((s) => chinesePart(s, true));
  const chineseSecond = given.map((g) => chinesePart(g, false));
  const latin = (t: string): NamePart => ({
    text: t,
    pinyin: t.toLowerCase(),
    initials: t[0]!.toLowerCase(),
    grams: '',
  });
  return {
    chineseFirst,
    chineseSecond,
    englishFirst: englishFirst.map(latin),
    englishLast: englishLast.map(latin),
  };
};

/** How many generated Chinese names get the same keys as the app computes for the whole name. */
export const checkKeys = (pools: ReturnType<typeof namePools>, samples = 2000) => {
  let mismatches = 0;
  for (let i = 0; i < samples; i++) {
    const a = pools.chineseFirst[i % pools.chineseFirst.length]!;
    const b = pools.chineseSecond[(i * 31) % pools.chineseSecond.length]!;
    const keys = nameSearchKeys(a.text + b.text);
    if (keys.pinyin !== a.pinyin + b.pinyin || keys.initials !== a.initials + b.initials) mismatches++;
  }
  return mismatches / samples;
};

export const cities: [string, string][] = [
  ['上海市', '上海市'],
  ['北京市', '北京市'],
  ['广东省', '广州市'],
  ['广东省', '深圳市'],
  ['浙江省', '杭州市'],
  ['江苏省', '南京市'],
  ['江苏省', '苏州市'],
  ['四川省', '成都市'],
  ['湖北省', '武汉市'],
  ['陕西省', '西安市'],
  ['重庆市', '重庆市'],
  ['天津市', '天津市'],
  ['湖南省', '长沙市'],
  ['福建省', '厦门市'],
  ['山东省', '青岛市'],
  ['河南省', '郑州市'],
  ['辽宁省', '沈阳市'],
  ['云南省', '昆明市'],
  ['安徽省', '合肥市'],
  ['黑龙江省', '哈尔滨市'],
];
