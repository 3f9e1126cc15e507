import { Alert, App, Button, Flex, Form, Input, InputNumber, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CentsSchema, ProductCreateSchema, type Product } from '../../../../shared/contracts/products';
import { useApiError } from '../../../app/forms/use-api-error';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { useCreateProduct, useUpdateProduct } from '../api/products.api';
import { useOrgMoney } from '../hooks/use-org-money';
import { CategoryTreeSelect } from './CategoryTreeSelect';

type ProductFormProps = {
  /** The product to edit; without it a new product is created. */
  product: Product | null;
  defaultCategoryId?: string;
  onSaved: (product: Product) => void;
  onCancel: () => void;
};

type Values = {
  sku: string;
  name: string;
  categoryId: string | null;
  listPrice: number | null;
  active: boolean;
};

/** Creates or edits a product. Prices are typed in major units (¥128.00) and sent as minor units. */
export const ProductForm = ({ product, defaultCategoryId, onSaved, onCancel }: ProductFormProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const zodRule = useZodRule();
  const onApiError = useApiError();
  const money = useOrgMoney();
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const [form] = Form.useForm<Values>();
  const [current, setCurrent] = useState(product);
  const [stale, setStale] = useState(false);

  const valuesOf = (p: Product | null): Values => ({
    sku: p?.sku ?? '',
    name: p?.name ?? '',
    categoryId: p?.categoryId ?? defaultCategoryId ?? null,
    listPrice: p ? money.toMajor(p.listPriceCents) : null,
    active: p?.active ?? true,
  });

  const onError = (error: Parameters<typeof onApiError>[0]) => {
    if (error.code === 'CONFLICT' && typeof error.details === 'object' && error.details !== null) {
      const details = error.details as { current?: Product; productId?: string };
      if (details.current) {
        // Someone saved first: show their version and let the user apply their change again.
        setCurrent(details.current);
        setStale(true);
        form.setFieldsValue(valuesOf(details.current));
        return;
      }
      if (details.productId) {
        form.setFields([{ name: 'sku', errors: [error.message] }]);
        return;
      }
    }
    onApiError(error, form);
  };

  const submit = (values: Values) => {
    const body = {
      sku: values.sku.trim(),
      name: values.name.trim(),
      categoryId: values.categoryId,
      listPriceCents: money.toMinor(values.listPrice ?? 0),
      active: values.active,
    };
    const saved = (result: Product) => {
      message.success(t(current ? 'common.feedback.saved' : 'products.form.created', { name: result.name }));
      onSaved(result);
    };
    if (!current) return create.mutate(body, { onSuccess: saved, onError });
    setStale(false);
    update.mutate({ id: current.id, version: current.version, ...body }, { onSuccess: saved, onError });
  };

  const priceRule = {
    validator: async (_rule: unknown, value: number | null) => {
      const result = CentsSchema.safeParse(money.toMinor(value ?? 0));
      if (!result.success) throw new Error(t('products.form.priceInvalid'));
    },
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      name="product"
      initialValues={valuesOf(product)}
      onFinish={submit}
      data-testid="product-form"
    >
      {stale && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('products.form.staleTitle')}
          description={t('products.form.staleHelp')}
          data-testid="product-stale"
        />
      )}
      <Flex gap={16} wrap>
        <Form.Item
          name="sku"
          label={t('products.fields.sku')}
          rules={[zodRule(ProductCreateSchema.shape.sku, t('products.form.skuInvalid'))]}
          style={{ flex: '1 1 180px' }}
        >
          <Input autoFocus maxLength={64} data-testid="product-sku" />
        </Form.Item>
        <Form.Item
          name="listPrice"
          label={t('products.fields.listPrice')}
          rules={[priceRule]}
          style={{ flex: '1 1 180px' }}
        >
          <InputNumber
            min={0}
            precision={money.digits}
            prefix={money.symbol}
            style={{ width: '100%' }}
            placeholder="0"
            data-testid="product-price"
          />
        </Form.Item>
      </Flex>
      <Form.Item
        name="name"
        label={t('products.fields.name')}
        rules={[zodRule(ProductCreateSchema.shape.name)]}
      >
        <Input maxLength={200} data-testid="product-name" />
      </Form.Item>
      <Form.Item name="categoryId" label={t('products.fields.category')}>
        <CategoryTreeSelect data-testid="product-category" />
      </Form.Item>
      <Form.Item
        name="active"
        label={t('products.fields.active')}
        valuePropName="checked"
        extra={t('products.form.activeHelp')}
      >
        <Switch
          checkedChildren={t('products.status.active')}
          unCheckedChildren={t('products.status.inactive')}
          data-testid="product-active"
        />
      </Form.Item>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('common.actions.cancel')}</Button>
        <Button
          type="primary"
          htmlType="submit"
          loading={create.isPending || update.isPending}
          data-testid="product-save"
        >
          {t(current ? 'common.actions.save' : 'common.actions.create')}
        </Button>
      </Flex>
    </Form>
  );
};
