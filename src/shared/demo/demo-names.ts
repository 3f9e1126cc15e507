/**
 * Name pools for demo customers and staff, with the pinyin used for their e-mail addresses.
 * Surnames are listed from most to least common (the generator weights them that way);
 * polyphonic surnames carry their surname reading (单 shan, 曾 zeng).
 */
const pairs = (text: string): [string, string][] =>
  text
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]);

export const surnames = pairs(`
  王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu 孙:sun
  马:ma 朱:zhu 胡:hu 郭:guo 何:he 高:gao 林:lin 罗:luo 郑:zheng 梁:liang 谢:xie 宋:song 唐:tang
  许:xu 韩:han 冯:feng 邓:deng 曹:cao 彭:peng 曾:zeng 肖:xiao 田:tian 董:dong 袁:yuan 潘:pan
  于:yu 蒋:jiang 蔡:cai 余:yu 杜:du 叶:ye 程:cheng 苏:su 魏:wei 吕:lv 丁:ding 任:ren 沈:shen
  姚:yao 卢:lu 姜:jiang 崔:cui 钟:zhong 谭:tan 陆:lu 汪:wang 范:fan 金:jin 石:shi 廖:liao 贾:jia
  夏:xia 韦:wei 付:fu 方:fang 白:bai 邹:zou 孟:meng 熊:xiong 秦:qin 邱:qiu 江:jiang 尹:yin 薛:xue
  闫:yan 段:duan 雷:lei 侯:hou 龙:long 史:shi 陶:tao 黎:li 贺:he 顾:gu 毛:mao 郝:hao 龚:gong
  邵:shao 万:wan 钱:qian 严:yan 覃:qin 武:wu 戴:dai 莫:mo 孔:kong 向:xiang 汤:tang 单:shan
  欧阳:ouyang 司马:sima 诸葛:zhuge 上官:shangguan`);

export const givenFemale = pairs(`
  芳:fang 娜:na 敏:min 静:jing 丽:li 艳:yan 娟:juan 霞:xia 燕:yan 丹:dan 萍:ping 涵:han 欣:xin
  怡:yi 萱:xuan 琪:qi 雪:xue 梅:mei 红:hong 玉:yu 兰:lan 秀:xiu 婷:ting 悦:yue 雨:yu 梦:meng
  琳:lin 颖:ying 桂:gui 英:ying`);

export const givenMale = pairs(`
  伟:wei 强:qiang 磊:lei 军:jun 洋:yang 勇:yong 杰:jie 涛:tao 超:chao 刚:gang 建:jian 国:guo
  志:zhi 海:hai 鑫:xin 浩:hao 宇:yu 轩:xuan 博:bo 俊:jun 峰:feng 辉:hui 斌:bin 亮:liang 凯:kai
  鹏:peng 飞:fei`);

export const givenNeutral = pairs(`
  明:ming 华:hua 晓:xiao 平:ping 文:wen 嘉:jia 思:si 远:yuan 子:zi 瑞:rui 佳:jia 晨:chen 春:chun
  云:yun 林:lin 梓:zi 诺:nuo 桐:tong 欢:huan`);

export const englishFemale = [
  'Anna',
  'Chloe',
  'Emma',
  'Grace',
  'Iris',
  'Kate',
  'Mia',
  'Olivia',
  'Ruby',
  'Sophie',
  'Wendy',
  'Zoe',
  'Lucy',
  'Hannah',
  'Amelia',
  'Isla',
  'Ella',
  'Alice',
];

export const englishMale = [
  'Ben',
  'David',
  'Frank',
  'Henry',
  'Jack',
  'Leo',
  'Noah',
  'Peter',
  'Sam',
  'Tom',
  'Victor',
  'Oliver',
  'James',
  'George',
  'Daniel',
  'Lucas',
  'Ethan',
  'Max',
];

export const englishLast = [
  'Smith',
  'Brown',
  'Taylor',
  'Wilson',
  'Clark',
  'Lewis',
  'Walker',
  'Hall',
  'Young',
  'King',
  'Wright',
  'Green',
  'Baker',
  'Adams',
  'Nelson',
  'Hill',
  'Moore',
  'Evans',
  'Turner',
  'Parker',
  'Wood',
  'Hughes',
  'Ward',
  'Cooper',
];

/** Company names: a trade name, a business and a legal form, e.g. 茗香茶业有限公司. */
export const companyWords = [
  '茗香',
  '云顶',
  '嘉禾',
  '瑞丰',
  '雅集',
  '清源',
  '汇通',
  '鼎盛',
  '和泰',
  '青山',
  '御品',
  '福泽',
];
export const companyTrades = ['茶业', '贸易', '文化传播', '餐饮管理', '酒店管理', '科技', '礼品', '商贸'];
export const companyForms = ['有限公司', '有限责任公司', '股份有限公司'];

/** Street names for address lines. */
export const streets = [
  '人民路',
  '中山路',
  '解放路',
  '建设路',
  '长江路',
  '和平路',
  '文化路',
  '新华路',
  '南京路',
  '延安路',
  '滨江大道',
  '科技园路',
  '学府路',
  '迎宾大道',
  '青年路',
  '花园路',
];

/** Mobile number prefixes of the three carriers (all valid for +86). */
export const mobilePrefixes = [
  '130',
  '131',
  '132',
  '133',
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '177',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '199',
];
