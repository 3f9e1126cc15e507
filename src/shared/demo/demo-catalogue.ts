/**
 * The demo shop's catalogue: a tea shop with tea, tea ware and gifts in a two-level category
 * tree, named in Chinese and English (the organisation's language picks one). Prices are list
 * prices in CNY fen. `weight` is how popular a product is within its category; `companions`
 * are what drinkers of a tea also tend to buy, which gives the co-purchase recommender
 * something real to find.
 */
export type DemoCategory = { key: string; parent: string | null; zh: string; en: string };

export type DemoProduct = {
  sku: string;
  category: string;
  zh: string;
  en: string;
  priceCents: number;
  weight: number;
};

export const demoCategories: readonly DemoCategory[] = [
  { key: 'tea', parent: null, zh: '茶叶', en: 'Tea' },
  { key: 'green', parent: 'tea', zh: '绿茶', en: 'Green tea' },
  { key: 'black', parent: 'tea', zh: '红茶', en: 'Black tea' },
  { key: 'oolong', parent: 'tea', zh: '乌龙茶', en: 'Oolong' },
  { key: 'puer', parent: 'tea', zh: '普洱茶', en: 'Pu’er' },
  { key: 'white', parent: 'tea', zh: '白茶', en: 'White tea' },
  { key: 'flower', parent: 'tea', zh: '花草茶', en: 'Flower and herbal tea' },
  { key: 'ware', parent: null, zh: '茶具', en: 'Tea ware' },
  { key: 'teapots', parent: 'ware', zh: '茶壶', en: 'Teapots and kettles' },
  { key: 'cups', parent: 'ware', zh: '茶杯与盖碗', en: 'Cups and gaiwans' },
  { key: 'accessories', parent: 'ware', zh: '茶盘与配件', en: 'Trays and accessories' },
  { key: 'gifts', parent: null, zh: '礼品', en: 'Gifts' },
  { key: 'giftboxes', parent: 'gifts', zh: '茶叶礼盒', en: 'Tea gift boxes' },
  { key: 'snacks', parent: 'gifts', zh: '茶点', en: 'Tea snacks' },
];

const p = (sku: string, category: string, zh: string, en: string, yuan: number, weight = 1): DemoProduct => ({
  sku,
  category,
  zh,
  en,
  priceCents: Math.round(yuan * 100),
  weight,
});

export const demoProducts: readonly DemoProduct[] = [
  p('GRN-XHLJ-250', 'green', '西湖龙井 250g', 'West Lake Longjing 250 g', 368, 3),
  p('GRN-MQLJ-100', 'green', '明前龙井 100g', 'Pre-Qingming Longjing 100 g', 298, 2),
  p('GRN-BLC-250', 'green', '洞庭碧螺春 250g', 'Dongting Biluochun 250 g', 258, 2),
  p('GRN-HSMF-250', 'green', '黄山毛峰 250g', 'Huangshan Maofeng 250 g', 168, 2),
  p('GRN-XYMJ-250', 'green', '信阳毛尖 250g', 'Xinyang Maojian 250 g', 138, 1),
  p('GRN-LAGP-250', 'green', '六安瓜片 250g', 'Lu’an Guapian 250 g', 198, 1),
  p('GRN-AJBC-100', 'green', '安吉白茶 100g', 'Anji Baicha 100 g', 228, 1),
  p('GRN-BAG-50', 'green', '绿茶袋泡茶 50 包', 'Green tea bags, 50', 39, 2),
  p('BLK-ZSXZ-250', 'black', '正山小种 250g', 'Lapsang Souchong 250 g', 158, 3),
  p('BLK-JJM-100', 'black', '金骏眉 100g', 'Jin Jun Mei 100 g', 398, 2),
  p('BLK-QM-250', 'black', '祁门红茶 250g', 'Keemun black tea 250 g', 138, 2),
  p('BLK-DH-250', 'black', '滇红工夫 250g', 'Dianhong Gongfu 250 g', 98, 2),
  p('BLK-BAG-50', 'black', '英式早餐红茶 50 包', 'English Breakfast tea bags, 50', 45, 2),
  p('OOL-TGY-250', 'oolong', '安溪铁观音 250g', 'Anxi Tieguanyin 250 g', 188, 3),
  p('OOL-DHP-250', 'oolong', '武夷大红袍 250g', 'Wuyi Da Hong Pao 250 g', 328, 2),
  p('OOL-DC-250', 'oolong', '凤凰单丛 250g', 'Phoenix Dancong 250 g', 268, 1),
  p('OOL-DD-150', 'oolong', '冻顶乌龙 150g', 'Dong Ding oolong 150 g', 218, 1),
  p('OOL-GHWL-150', 'oolong', '桂花乌龙 150g', 'Osmanthus oolong 150 g', 78, 2),
  p('PUE-SHENG-357', 'puer', '普洱生茶饼 357g', 'Raw pu’er cake 357 g', 268, 2),
  p('PUE-SHU-357', 'puer', '普洱熟茶饼 357g', 'Ripe pu’er cake 357 g', 198, 3),
  p('PUE-LBZ-357', 'puer', '老班章古树茶饼 357g', 'Lao Ban Zhang old-tree cake 357 g', 1880, 1),
  p('PUE-XQG-250', 'puer', '新会小青柑 250g', 'Xinhui tangerine pu’er 250 g', 128, 2),
  p('WHT-BHYZ-100', 'white', '白毫银针 100g', 'Silver Needle 100 g', 328, 2),
  p('WHT-BMD-250', 'white', '白牡丹 250g', 'White Peony 250 g', 198, 2),
  p('WHT-SM-350', 'white', '寿眉茶饼 350g', 'Shou Mei cake 350 g', 158, 2),
  p('FLW-MLH-250', 'flower', '茉莉花茶 250g', 'Jasmine tea 250 g', 88, 3),
  p('FLW-JH-100', 'flower', '杭白菊 100g', 'Hangzhou chrysanthemum 100 g', 36, 2),
  p('FLW-MG-100', 'flower', '平阴玫瑰花茶 100g', 'Rose bud tea 100 g', 42, 2),
  p('FLW-NMM-200', 'flower', '柠檬蜂蜜茶 200g', 'Lemon and honey tea 200 g', 52, 1),
  p('POT-ZS-300', 'teapots', '宜兴紫砂壶 300ml', 'Yixing clay teapot 300 ml', 680, 2),
  p('POT-GLS-600', 'teapots', '耐热玻璃茶壶 600ml', 'Heat-proof glass teapot 600 ml', 128, 3),
  p('POT-IRON-1200', 'teapots', '铸铁壶 1.2L', 'Cast-iron kettle 1.2 l', 880, 1),
  p('POT-KETTLE-800', 'teapots', '电陶炉烧水壶', 'Electric tea kettle', 358, 1),
  p('CUP-QC-6', 'cups', '龙泉青瓷品茗杯 6 只', 'Longquan celadon cups, set of 6', 168, 2),
  p('CUP-JZ-1', 'cups', '建盏主人杯', 'Jian Zhan master cup', 298, 1),
  p('CUP-GLS-2', 'cups', '双层玻璃杯 2 只', 'Double-wall glasses, pair', 58, 3),
  p('CUP-GW-WHT', 'cups', '德化白瓷盖碗', 'Dehua white porcelain gaiwan', 88, 3),
  p('CUP-GW-QH', 'cups', '景德镇青花盖碗', 'Jingdezhen blue-and-white gaiwan', 158, 1),
  p('ACC-TRAY-BB', 'accessories', '竹制茶盘', 'Bamboo tea tray', 238, 2),
  p('ACC-SET-6', 'accessories', '茶道六君子', 'Tea ceremony tool set', 68, 2),
  p('ACC-GDB', 'accessories', '玻璃公道杯', 'Glass fairness pitcher', 58, 2),
  p('ACC-STRAINER', 'accessories', '不锈钢茶漏', 'Stainless tea strainer', 25, 2),
  p('ACC-TOWEL', 'accessories', '吸水茶巾', 'Tea towel', 18, 1),
  p('ACC-CADDY', 'accessories', '锡制茶叶罐', 'Tin tea caddy', 88, 1),
  p('ACC-TRAVEL', 'accessories', '便携旅行茶具', 'Travel tea set', 198, 1),
  p('GFT-LJ', 'giftboxes', '龙井茶礼盒', 'Longjing gift box', 588, 2),
  p('GFT-BLK', 'giftboxes', '红茶臻选礼盒', 'Black tea selection gift box', 458, 2),
  p('GFT-MID', 'giftboxes', '中秋茶礼', 'Mid-Autumn tea gift set', 688, 1),
  p('GFT-NY', 'giftboxes', '新春茶礼', 'Spring Festival gift box', 888, 1),
  p('GFT-CORP', 'giftboxes', '企业定制礼盒', 'Corporate gift box', 1280, 1),
  p('SNK-LDG', 'snacks', '绿豆糕', 'Mung bean cakes', 32, 2),
  p('SNK-FLS', 'snacks', '台式凤梨酥', 'Pineapple cakes', 48, 2),
  p('SNK-GHG', 'snacks', '桂花糕', 'Osmanthus cakes', 28, 2),
  p('SNK-NUTS', 'snacks', '每日坚果', 'Daily mixed nuts', 69, 1),
];

/** The leaf categories a customer can favour, and how common that taste is. */
export const tasteWeights: Readonly<Record<string, number>> = {
  green: 30,
  black: 18,
  oolong: 18,
  puer: 14,
  white: 8,
  flower: 12,
};

/** Leaf categories for a line chosen outside the customer's taste, by how often they sell. */
export const categoryWeights: Readonly<Record<string, number>> = {
  green: 14,
  black: 10,
  oolong: 10,
  puer: 8,
  white: 5,
  flower: 8,
  teapots: 6,
  cups: 9,
  accessories: 9,
  giftboxes: 11,
  snacks: 10,
};

/** What drinkers of each tea also buy: the ware and gifts that go with it. */
export const companions: Readonly<Record<string, readonly string[]>> = {
  green: ['POT-GLS-600', 'CUP-GLS-2', 'CUP-QC-6', 'GFT-LJ', 'ACC-CADDY'],
  black: ['POT-GLS-600', 'GFT-BLK', 'SNK-FLS', 'ACC-STRAINER', 'CUP-QC-6'],
  oolong: ['CUP-GW-WHT', 'POT-ZS-300', 'ACC-GDB', 'ACC-SET-6', 'ACC-TRAY-BB'],
  puer: ['POT-IRON-1200', 'POT-ZS-300', 'ACC-TRAY-BB', 'ACC-GDB', 'POT-KETTLE-800'],
  white: ['CUP-GW-WHT', 'CUP-JZ-1', 'POT-KETTLE-800', 'ACC-TOWEL'],
  flower: ['CUP-GLS-2', 'SNK-GHG', 'SNK-LDG', 'SNK-NUTS', 'POT-GLS-600'],
};

/**
 * Roughly how many units of a currency a yuan buys, so a shop in another currency gets
 * plausible prices. Unknown currencies keep yuan amounts.
 */
const yuanIn: Readonly<Record<string, number>> = {
  CNY: 1,
  HKD: 1.1,
  MOP: 1.1,
  TWD: 4.5,
  USD: 0.14,
  EUR: 0.13,
  GBP: 0.11,
  SGD: 0.19,
  AUD: 0.21,
  CAD: 0.19,
  JPY: 21,
  KRW: 190,
};

export const priceScale = (currency: string): number => yuanIn[currency.toUpperCase()] ?? 1;
