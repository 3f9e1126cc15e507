import type { Translation } from '../translation';

/** 首页的示例数据卡片。 */
export const demo: Translation['demo'] = {
  title: '用示例数据体验客户',
  description:
    '载入一家茶叶店的数据：来自全国各地的客户、分类商品、销售团队和两年的订单，足以体验客户列表、客户 360、分析和推荐。',
  size: '客户数量',
  customers_one: '{{formatted}} 位客户',
  customers_other: '{{formatted}} 位客户',
  load: '载入示例数据',
  retry: '重试',
  queued: '正在等待后台任务开始…',
  running: '正在载入示例客户：{{done}} / {{total}}',
  succeeded: '示例数据已载入：{{customers}} 位客户、{{orders}} 笔订单、{{products}} 个商品。',
  failed: '载入示例数据失败',
  hint: '每位示例客户都带有“demo”标签，之后可以一次找出并删除。',
  openCustomers: '查看客户',
};
