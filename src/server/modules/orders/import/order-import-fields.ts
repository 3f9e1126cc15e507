import {
  orderImportFields,
  type OrderImportField,
  type OrderImportMapping,
} from '../../../../shared/contracts/order-imports';

export { orderImportFields, type OrderImportField, type OrderImportMapping };

/** Header words (lower-case, spaces and _ removed) that suggest each field, in English and Chinese. */
const headerWords: Record<OrderImportField, string[]> = {
  orderId: [
    'invoiceno',
    'invoice',
    'orderid',
    'orderno',
    'ordernumber',
    'order',
    '订单号',
    '订单编号',
    '单号',
    '发票号',
  ],
  orderedAt: [
    'invoicedate',
    'orderdate',
    'orderedat',
    'date',
    'time',
    '下单时间',
    '订单时间',
    '日期',
    '时间',
  ],
  customerExternalId: [
    'customerid',
    'customerno',
    'clientid',
    'memberid',
    '客户编号',
    '客户id',
    '会员号',
    '会员编号',
  ],
  customerPhone: ['phone', 'mobile', 'tel', '手机', '电话', '手机号'],
  customerEmail: ['email', 'e-mail', 'mail', '邮箱', '电子邮件'],
  customerName: ['customername', 'customer', 'name', 'buyer', '客户', '客户名称', '姓名', '买家'],
  sku: ['stockcode', 'sku', 'itemcode', 'productcode', 'code', '商品编码', '货号', '编码', 'sku编码'],
  productName: ['description', 'productname', 'product', 'item', 'itemname', '商品名称', '商品', '品名'],
  quantity: ['quantity', 'qty', 'amount', '数量', '件数'],
  unitPrice: ['unitprice', 'price', '单价', '价格'],
  discount: ['discount', '折扣', '优惠', '优惠金额'],
  channel: ['channel', 'source', '渠道', '来源'],
  status: ['status', 'orderstatus', '状态', '订单状态'],
  currency: ['currency', '币种', '货币'],
};

const squash = (text: string) => text.toLowerCase().replace(/[\s_]/g, '');

/** A field for each header whose name says what it holds; each field is suggested once. */
export const suggestOrderMapping = (headers: readonly string[]): OrderImportMapping => {
  const taken = new Set<OrderImportField>();
  const mapping: OrderImportMapping = {};
  for (const header of headers) {
    const word = squash(header);
    const field = orderImportFields.find((f) => !taken.has(f) && headerWords[f].includes(word)) ?? null;
    if (field) taken.add(field);
    mapping[header] = field;
  }
  return mapping;
};
