import { Alert, App, Button, DatePicker, Flex, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/contracts/orders';
import type { AppError } from '../../../../shared/errors';
import { useApiError } from '../../../app/forms/use-api-error';
import { useOrgMoney } from '../../products/hooks/use-org-money';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { useCreateOrder } from '../api/orders.api';
import { newIdempotencyKey } from '../state/idempotency-key';
import { draftCents, draftFieldOfIssue, toOrderCreate, type OrderDraft } from '../state/order-draft';
import { fromOrgWallClock, toOrgWallClock } from '../state/org-wall-clock';
import { ChannelSelect } from './ChannelSelect';
import { CustomerPicker } from './CustomerPicker';
import { OrderLinesEditor } from './OrderLinesEditor';

type OrderFormProps = {
  /** Pre-filled when the order is entered from the customer's page. */
  customer?: { id: string; name: string };
  onSaved: (order: Order) => void;
  onCancel: () => void;
  onValuesChange?: () => void;
};

type Values = Omit<OrderDraft, 'orderedAt'> & { orderedAt: Dayjs };

type Issue = { path: string; message: string };

/**
 * Enters an order by hand. The Idempotency-Key is made when the form opens and the order time is
 * fixed then too, so submitting again after a network error sends the same request and the
 * server returns the order it already made instead of making a second one.
 */
export const OrderForm = ({ customer, onSaved, onCancel, onValuesChange }: OrderFormProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const money = useOrgMoney();
  const timeZone = useOrgTimeZone();
  const create = useCreateOrder();
  const [key] = useState(newIdempotencyKey);
  const [form] = Form.useForm<Values>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const lines = Form.useWatch('lines', form) ?? [];
  const total = draftCents(lines, money);

  const onError = (error: AppError) => {
    const issues = (error.details as { issues?: Issue[] } | undefined)?.issues ?? [];
    const placed = issues.flatMap((issue) => {
      const name = draftFieldOfIssue(issue.path);
      return name ? [{ name, errors: [issue.message.charAt(0).toUpperCase() + issue.message.slice(1)] }] : [];
    });
    form.setFields(placed as Parameters<typeof form.setFields>[0]);
    const rest = issues.filter((issue) => !draftFieldOfIssue(issue.path));
    setUnplaced(rest.map((issue) => `${issue.path.replace(/^body\./, '')}: ${issue.message}`));
    if (issues.length === 0) onApiError(error);
  };

  const submit = (values: Values) => {
    setUnplaced([]);
    const body = toOrderCreate({ ...values, orderedAt: fromOrgWallClock(values.orderedAt, timeZone) }, money);
    create.mutate(
      { key, body },
      {
        onSuccess: (order) => {
          message.success(t('orders.form.saved', { amount: money.format(order.totalCents) }));
          onSaved(order);
        },
        onError,
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      name="order"
      initialValues={{
        customerId: customer?.id ?? null,
        channel: null,
        orderedAt: toOrgWallClock(dayjs(), timeZone),
        lines: [{ productId: null, quantity: 1, unitPrice: null, discount: null }],
        externalId: '',
        note: '',
      }}
      onFinish={submit}
      onValuesChange={onValuesChange}
      scrollToFirstError
      data-testid="order-form"
    >
      {unplaced.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('common.errors.codes.INVALID_INPUT')}
          description={unplaced.join('; ')}
        />
      )}
      <Form.Item
        name="customerId"
        label={t('orders.fields.customer')}
        rules={[{ required: true, message: t('orders.form.customerRequired') }]}
      >
        <CustomerPicker initialName={customer?.name} autoFocus={!customer} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item
          name="channel"
          label={t('orders.fields.channel')}
          rules={[{ required: true, message: t('orders.form.channelRequired') }]}
          style={{ flex: '1 1 200px' }}
        >
          <ChannelSelect placeholder={t('orders.form.channelPlaceholder')} data-testid="order-channel" />
        </Form.Item>
        <Form.Item
          name="orderedAt"
          label={t('orders.fields.orderedAt')}
          tooltip={t('orders.form.orderedAtHelp', { zone: timeZone })}
          rules={[{ required: true, message: t('common.validation.required') }]}
          style={{ flex: '1 1 200px' }}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            allowClear={false}
            disabledDate={(day) => day.isAfter(toOrgWallClock(dayjs(), timeZone).endOf('day'))}
            style={{ width: '100%' }}
            data-testid="order-ordered-at"
          />
        </Form.Item>
        <Form.Item
          name="externalId"
          label={t('orders.fields.externalId')}
          tooltip={t('orders.form.externalIdHelp')}
          style={{ flex: '1 1 160px' }}
        >
          <Input maxLength={100} data-testid="order-external-id" />
        </Form.Item>
      </Flex>
      <Form.Item label={t('orders.detail.lines')} required>
        <OrderLinesEditor />
      </Form.Item>
      <Flex justify="flex-end" align="baseline" gap={12} style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('orders.fields.total')}</Typography.Text>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="order-form-total">
          {money.format(total)}
        </Typography.Title>
      </Flex>
      <Form.Item name="note" label={t('orders.fields.note')}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="order-note" />
      </Form.Item>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('common.actions.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="order-save">
          {t('orders.form.submit')}
        </Button>
      </Flex>
    </Form>
  );
};
