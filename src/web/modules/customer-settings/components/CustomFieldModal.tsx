import { Col, Form, Input, Modal, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CustomFieldCreateSchema,
  customFieldTypes,
  type CustomField,
  type CustomFieldType,
} from '../../../../shared/contracts/custom-fields';
import { useApiError } from '../../../app/forms/use-api-error';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { useCreateCustomField, useUpdateCustomField } from '../../customer/api/custom-fields.api';

type Values = { key: string; label: string; type: CustomFieldType; options: string[]; required: boolean };

/** "Customer level" → "customer_level": a key suggestion while the key is still untouched. */
const suggestKey = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40);

/** Creates a custom field, or edits the label, options and required flag of one (key and type are fixed). */
export const CustomFieldModal = ({ field, onClose }: { field: CustomField | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const zodRule = useZodRule();
  const onApiError = useApiError();
  const create = useCreateCustomField();
  const update = useUpdateCustomField();
  const [form] = Form.useForm<Values>();
  const type = Form.useWatch('type', form);
  const withOptions = type === 'select' || type === 'multi_select';

  const submit = (values: Values) => {
    const options = withOptions ? values.options : [];
    const done = {
      onSuccess: onClose,
      onError: (error: Parameters<typeof onApiError>[0]) => onApiError(error, form),
    };
    if (field)
      update.mutate(
        { id: field.id, label: values.label, options, required: values.required, version: field.version },
        done,
      );
    else create.mutate({ ...values, options }, done);
  };

  return (
    <Modal
      open
      title={t(field ? 'customer.settings.fields.editTitle' : 'customer.settings.fields.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(field ? 'common.actions.saveChanges' : 'common.actions.create')}
      okButtonProps={{
        loading: create.isPending || update.isPending,
        ...{ 'data-testid': 'custom-field-save' },
      }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="custom-field"
        initialValues={field ?? { key: '', label: '', type: 'text', options: [], required: false }}
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          if (!field && changed.label !== undefined && !form.isFieldTouched('key'))
            form.setFieldValue('key', suggestKey(changed.label));
        }}
      >
        <Form.Item
          name="label"
          label={t('customer.settings.fields.label')}
          rules={[zodRule(CustomFieldCreateSchema.shape.label)]}
        >
          <Input autoFocus maxLength={60} data-testid="custom-field-label" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="key"
              label={t('customer.settings.fields.key')}
              extra={t('customer.settings.fields.keyHelp')}
              rules={[zodRule(CustomFieldCreateSchema.shape.key, t('customer.settings.fields.keyRule'))]}
            >
              <Input disabled={!!field} maxLength={40} data-testid="custom-field-key" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="type" label={t('customer.settings.fields.type')}>
              <Select
                disabled={!!field}
                options={customFieldTypes.map((value) => ({
                  value,
                  label: t(`customer.customFieldTypes.${value}`),
                }))}
                data-testid="custom-field-type"
              />
            </Form.Item>
          </Col>
        </Row>
        {withOptions && (
          <Form.Item
            name="options"
            label={t('customer.settings.fields.options')}
            extra={t('customer.settings.fields.optionsHelp')}
            rules={[{ type: 'array', min: 1, message: t('customer.settings.fields.optionsRequired') }]}
          >
            <Select
              mode="tags"
              open={false}
              suffixIcon={null}
              tokenSeparators={[',', '，']}
              data-testid="custom-field-options"
            />
          </Form.Item>
        )}
        <Form.Item
          name="required"
          label={t('customer.settings.fields.requiredLabel')}
          valuePropName="checked"
          extra={t('customer.settings.fields.requiredHelp')}
        >
          <Switch data-testid="custom-field-required" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
