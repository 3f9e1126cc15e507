import type { Translation } from '../translation';

/** 商品目录：商品、品类树、“买了还买”。 */
export const products: Translation['products'] = {
  title: '商品',
  subtitle: '录入订单所用的商品目录，按品类树组织。',
  new: '新建商品',
  file: {
    export: '导出 CSV',
    import: '导入 CSV',
    imported: '新建 {{created}} 个商品，更新 {{updated}} 个',
    failed: '未导入任何商品',
  },
  fields: {
    sku: 'SKU',
    name: '名称',
    category: '品类',
    listPrice: '标价',
    active: '状态',
  },
  status: { active: '在售', inactive: '停售' },
  list: {
    search: '搜索名称或 SKU',
    empty: '还没有商品。先添加在售的商品，才能录入订单。',
    noMatch: '没有匹配的商品。',
  },
  form: {
    createTitle: '新建商品',
    created: '已添加商品“{{name}}”',
    skuInvalid: '最多 64 个字符，不能包含空格、逗号或分号',
    priceInvalid: '请输入不小于 0 的价格',
    activeHelp: '停售的商品仍保留在历史订单上，但不能加入新订单。',
    staleTitle: '商品已被他人修改',
    staleHelp: '已载入最新内容，请重新修改后保存。',
  },
  category: {
    title: '品类',
    all: '全部商品',
    none: '无品类',
    topLevel: '顶级品类',
    empty: '还没有品类',
    emptyManage: '还没有品类，点击 + 添加。',
    createTitle: '新建品类',
    editTitle: '重命名或移动品类',
    renameMove: '重命名或移动',
    addChild: '添加子品类',
    actions: '{{name}} 的操作',
    name: '名称',
    parent: '上级品类',
    parentHelp: '留空则为顶级品类。',
  },
  alsoBought: {
    title: '买了这个商品的客户还买了',
    together_one: '{{count}} 位客户',
    together_other: '{{count}} 位客户',
    empty: '订单还不够多，暂无推荐。',
    unavailable: '暂时无法加载推荐。',
  },
};
