import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/contracts/orders';
import type { AppError } from '../../../../shared/errors';
import { useApiError } from '../../../app/forms/use-api-error';
import { useOrgMoney } from '../../products/hooks/use-org-money';
import { useRefundOrder } from '../api/orders.api';
import { newIdempotencyKey } from '../state/idempotency-key';

type RefundModalProps = { order: Order; line: Order['lines'][number]; onClose: () => void };

type Values = { quantity: number | null; amount: number | null; reason: string };

const fieldOf: Record<string, keyof Values> = {
  quantity: 'quantity',
  amountCents: 'amount',
  lineNo: 'quantity',
};

/**
 * Refunds items and money on one line. The Idempotency-Key is made when the form opens, so a
 * double click (or a retry after a lost reply) refunds once.
 */
export const RefundModal = ({ order, line, onClose }: RefundModalProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const money = useOrgMoney();
  const refund = useRefundOrder();
  const [key] = useState(newIdempotencyKey);
  const [form] = Form.useForm<Values>();
  const itemsLeft = line.quantity - line.refundedQuantity;
  const moneyLeft = line.totalCents - line.refundedCents;
  const quantity = Form.useWatch('quantity', form) ?? 0;
  const defaultCents = Math.min(moneyLeft, Math.round((line.totalCents * quantity) / line.quantity));

  const onError = (error: AppError) => {
    const issues =
      (error.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? [];
    const placed = issues.flatMap((issue) => {
      const name = fieldOf[issue.path.split('.').pop() ?? ''];
      return name ? [{ name, errors: [issue.message] }] : [];
    });
    form.setFields(placed);
    if (placed.length !== issues.length || placed.length === 0) onApiError(error);
  };

  const submit = (values: Values) =>
    refund.mutate(
      {
        id: order.id,
        key,
        body: {
          lines: [
            {
              lineNo: line.lineNo,
              quantity: values.quantity ?? 0,
              ...(values.amount === null || values.amount === undefined
                ? {}
                : { amountCents: money.toMinor(values.amount) }),
            },
          ],
          ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
        },
      },
      {
        onSuccess: () => {
          message.success(t('orders.refund.done'));
          onClose();
        },
        onError,
      },
    );

  return (
    <Modal
      open
      title={t('orders.refund.title', { product: line.productName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('orders.refund.submit')}
      okButtonProps={{ loading: refund.isPending, danger: true, ...{ 'data-testid': 'refund-submit' } }}
      cancelText={t('common.actions.cancel')}
      destroyOnHidden
      width={460}
    >
      <Typography.Paragraph type="secondary">
        {t('orders.refund.left', { count: itemsLeft, amount: money.format(moneyLeft) })}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        name="refund"
        initialValues={{ quantity: Math.min(1, itemsLeft), amount: null, reason: '' }}
        onFinish={submit}
      >
        <Form.Item
          name="quantity"
          label={t('orders.refund.quantity')}
          extra={t('orders.refund.quantityHelp')}
          rules={[{ required: true, message: t('common.validation.required') }]}
        >
          <InputNumber
            min={0}
            max={itemsLeft}
            precision={0}
            autoFocus
            style={{ width: 160 }}
            data-testid="refund-quantity"
          />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('orders.refund.amount')}
          extra={t('orders.refund.amountHelp', { amount: money.format(defaultCents) })}
          dependencies={['quantity']}
          rules={[
            {
              validator: async (_rule, value: number | null) => {
                if (value === null || value === undefined) {
                  if (quantity === 0) throw new Error(t('orders.refund.amountNeeded'));
                  return;
                }
                const cents = money.toMinor(value);
                if (cents < 1 || cents > moneyLeft)
                  throw new Error(t('orders.refund.amountRange', { amount: money.format(moneyLeft) }));
              },
            },
          ]}
        >
          <InputNumber
            min={0}
            precision={money.digits}
            prefix={money.symbol}
            placeholder={String(money.toMajor(defaultCents))}
            style={{ width: 200 }}
            data-testid="refund-amount"
          />
        </Form.Item>
        <Form.Item name="reason" label={t('orders.refund.reason')}>
          <Input
            maxLength={500}
            placeholder={t('orders.refund.reasonPlaceholder')}
            data-testid="refund-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
};
