import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, InputNumber, Typography, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrderLineInputSchema } from '../../../../shared/contracts/orders';
import { CentsSchema } from '../../../../shared/contracts/products';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { useOrgMoney } from '../../products/hooks/use-org-money';
import { ProductPicker } from '../../products/components/ProductPicker';
import { lineCents, type DraftLine, type OrderDraft } from '../state/order-draft';

const cell = (basis: string) => ({ flex: basis, minWidth: 0, marginBottom: 0 });

/** Lines of a new order: product, quantity, unit price (the list price until changed), discount. */
export const OrderLinesEditor = () => {
  const form = Form.useFormInstance<OrderDraft>();
  const { t } = useTranslation();
  const money = useOrgMoney();
  const zodRule = useZodRule();
  const lines = (Form.useWatch('lines', form) ?? []) as DraftLine[];

  const moneyRule: FormRule = {
    validator: async (_rule, value: number | null) => {
      if (value === null || value === undefined) return;
      if (!CentsSchema.safeParse(money.toMinor(value)).success)
        throw new Error(t('orders.form.amountInvalid'));
    },
  };
  const discountRule = (index: number): FormRule => ({
    validator: async (_rule, value: number | null) => {
      const line = lines[index];
      if (!value || !line) return;
      const gross = money.toMinor(line.unitPrice ?? 0) * (line.quantity ?? 0);
      if (money.toMinor(value) > gross) throw new Error(t('orders.form.discountTooBig'));
    },
  });

  return (
    <Form.List
      name="lines"
      rules={[
        {
          validator: async (_rule, value: unknown[]) => {
            if (!value || value.length === 0) throw new Error(t('orders.form.needsLine'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={8} data-testid="order-lines-editor">
          <Flex gap={8} aria-hidden style={{ paddingInlineEnd: 40 }}>
            {(
              [
                ['product', '1 1 220px'],
                ['quantity', '0 0 88px'],
                ['unitPrice', '0 1 130px'],
                ['discount', '0 1 120px'],
                ['lineTotal', '0 0 110px'],
              ] as const
            ).map(([key, basis]) => (
              <Typography.Text
                key={key}
                type="secondary"
                style={{ flex: basis, fontSize: 12, textAlign: key === 'lineTotal' ? 'right' : undefined }}
              >
                {t(`orders.fields.${key}`)}
              </Typography.Text>
            ))}
          </Flex>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="flex-start" wrap data-testid={`order-line-${index}`}>
              <Form.Item
                name={[field.name, 'productId']}
                rules={[{ required: true, message: t('orders.form.productRequired') }]}
                style={cell('1 1 220px')}
              >
                <ProductPicker
                  aria-label={t('orders.fields.product')}
                  data-testid={`order-line-product-${index}`}
                  onChange={(_id, product) => {
                    if (product)
                      form.setFieldValue(
                        ['lines', field.name, 'unitPrice'],
                        money.toMajor(product.listPriceCents),
                      );
                  }}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'quantity']}
                rules={[zodRule(OrderLineInputSchema.shape.quantity, t('orders.form.quantityInvalid'))]}
                style={cell('0 0 88px')}
              >
                <InputNumber
                  min={1}
                  precision={0}
                  aria-label={t('orders.fields.quantity')}
                  placeholder={t('orders.fields.quantity')}
                  style={{ width: '100%' }}
                  data-testid={`order-line-quantity-${index}`}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'unitPrice']} rules={[moneyRule]} style={cell('0 1 130px')}>
                <InputNumber
                  min={0}
                  precision={money.digits}
                  prefix={money.symbol}
                  aria-label={t('orders.fields.unitPrice')}
                  placeholder={t('orders.fields.unitPrice')}
                  style={{ width: '100%' }}
                  data-testid={`order-line-price-${index}`}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'discount']}
                rules={[moneyRule, discountRule(index)]}
                dependencies={[
                  ['lines', field.name, 'unitPrice'],
                  ['lines', field.name, 'quantity'],
                ]}
                style={cell('0 1 120px')}
              >
                <InputNumber
                  min={0}
                  precision={money.digits}
                  prefix={money.symbol}
                  aria-label={t('orders.fields.discount')}
                  placeholder={t('orders.fields.discount')}
                  style={{ width: '100%' }}
                  data-testid={`order-line-discount-${index}`}
                />
              </Form.Item>
              <Typography.Text
                strong
                style={{
                  flex: '0 0 110px',
                  textAlign: 'right',
                  lineHeight: '32px',
                  fontVariantNumeric: 'tabular-nums',
                }}
                data-testid={`order-line-total-${index}`}
              >
                {money.format(lineCents(lines[index] ?? {}, money))}
              </Typography.Text>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                disabled={fields.length === 1}
                onClick={() => remove(field.name)}
                aria-label={t('orders.form.removeLine', { n: index + 1 })}
              />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <div>
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ productId: null, quantity: 1, unitPrice: null, discount: null })}
              data-testid="order-line-add"
            >
              {t('orders.form.addLine')}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
};
