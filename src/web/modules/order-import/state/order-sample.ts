/**
 * A small order file in the shape a Chinese shop's sales export has: one row per order line, with
 * a second line on the first order and a return (C-prefixed order ID, negative quantity).
 */
export const orderSampleRows: readonly (readonly string[])[] = [
  ['订单号', '下单时间', '客户编号', '手机', '姓名', '商品编码', '商品名称', '数量', '单价'],
  ['SO-1001', '2026-03-01 10:30', 'VIP-001', '13800138000', '张三', 'LJ-250', '西湖龙井 250g', '2', '128.00'],
  ['SO-1001', '2026-03-01 10:30', 'VIP-001', '13800138000', '张三', 'CUP-01', '青瓷茶杯', '4', '30.00'],
  ['SO-1002', '2026-03-02 15:05', 'VIP-002', '13900139000', '李四', 'LJ-250', '西湖龙井 250g', '1', '128.00'],
  ['CSO-1001', '2026-03-05 09:12', 'VIP-001', '13800138000', '张三', 'CUP-01', '青瓷茶杯', '-1', '30.00'],
];
