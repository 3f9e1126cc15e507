import { App, Form, Input, Modal, Select, Switch } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  WebFormCreateSchema,
  type WebForm,
  type WebFormCreate,
} from '../../../../shared/contracts/web-forms';
import { useApiError } from '../../../app/forms/use-api-error';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { PicklistSelect } from '../../customer/form/PicklistSelect';
import { UserSelect } from '../../customer/form/UserSelect';
import { useCreateWebForm, useUpdateWebForm } from '../api/web-forms.api';
import { WebFormFieldsEditor } from './WebFormFieldsEditor';

type WebFormEditorProps = {
  /** The form to edit; without it a new one is created. */
  form: WebForm | null;
  onClose: () => void;
};

type Values = Required<Omit<WebFormCreate, 'consentText' | 'thankYou' | 'ownerId' | 'source'>> & {
  consentText: string | null;
  thankYou: string | null;
  ownerId: string | null;
  source: string | null;
};

/** What a new form asks for until the admin changes it. */
const starter = (t: TFunction) => [
  { field: 'name', label: t('dedupe.webForms.fieldNames.name'), required: true },
  { field: 'phone', label: t('dedupe.webForms.fieldNames.phone'), required: true },
  { field: 'email', label: t('dedupe.webForms.fieldNames.email'), required: false },
];

/** Create or edit a web form: its fields, consent and thank-you texts, and where its leads go. */
export const WebFormEditor = ({ form: current, onClose }: WebFormEditorProps) => {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const zodRule = useZodRule();
  const onApiError = useApiError();
  const create = useCreateWebForm();
  const update = useUpdateWebForm();
  const [form] = Form.useForm<Values>();

  const initial: Values = current
    ? {
        name: current.name,
        fields: current.fields,
        consentText: current.consentText,
        thankYou: current.thankYou,
        ownerId: current.ownerId,
        source: current.source,
        tags: current.tags,
        active: current.active,
      }
    : {
        name: '',
        fields: starter(t),
        consentText: null,
        thankYou: null,
        ownerId: null,
        source: 'web_form',
        tags: [],
        active: true,
      };

  const submit = (values: Values) => {
    const body = {
      ...values,
      consentText: values.consentText?.trim() || null,
      thankYou: values.thankYou?.trim() || null,
    };
    if (!current)
      return create.mutate(body, {
        onSuccess: () => {
          message.success(t('dedupe.webForms.created'));
          onClose();
        },
        onError: (error) => onApiError(error, form),
      });
    update.mutate(
      { ...body, id: current.id, version: current.version },
      {
        onSuccess: () => {
          message.success(t('dedupe.webForms.saved'));
          onClose();
        },
        onError: (error) => {
          if (error.code !== 'CONFLICT') return onApiError(error, form);
          notification.warning({
            title: t('common.errors.codes.CONFLICT'),
            description: t('dedupe.webForms.conflict'),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      title={current ? t('dedupe.webForms.editor.editTitle') : t('dedupe.webForms.editor.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={current ? t('common.actions.save') : t('common.actions.create')}
      okButtonProps={{
        loading: create.isPending || update.isPending,
        ...{ 'data-testid': 'web-form-submit' },
      }}
      cancelText={t('common.actions.cancel')}
      width={760}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initial}
        onFinish={submit}
        name="web-form"
      >
        <Form.Item
          name="name"
          label={t('dedupe.webForms.editor.name')}
          rules={[zodRule(WebFormCreateSchema.shape.name)]}
        >
          <Input
            placeholder={t('dedupe.webForms.editor.namePlaceholder')}
            data-testid="web-form-name"
            autoFocus
          />
        </Form.Item>
        <Form.Item
          label={t('dedupe.webForms.editor.fields')}
          extra={t('dedupe.webForms.editor.fieldsHelp')}
          required
        >
          <WebFormFieldsEditor form={form} />
        </Form.Item>
        <Form.Item
          name="consentText"
          label={t('dedupe.webForms.editor.consentText')}
          extra={t('dedupe.webForms.editor.consentHelp')}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={2000}
            data-testid="web-form-consent"
          />
        </Form.Item>
        <Form.Item name="thankYou" label={t('dedupe.webForms.editor.thankYou')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={2000}
            placeholder={t('dedupe.webForms.editor.thankYouPlaceholder')}
            data-testid="web-form-thank-you"
          />
        </Form.Item>
        <Form.Item
          name="ownerId"
          label={t('dedupe.webForms.editor.owner')}
          extra={t('dedupe.webForms.editor.ownerHelp')}
        >
          <UserSelect data-testid="web-form-owner" />
        </Form.Item>
        <Form.Item name="source" label={t('dedupe.webForms.editor.source')}>
          <PicklistSelect list="source" />
        </Form.Item>
        <Form.Item name="tags" label={t('dedupe.webForms.editor.tags')}>
          <Select
            mode="tags"
            tokenSeparators={[',', '，']}
            open={false}
            suffixIcon={null}
            data-testid="web-form-tags"
          />
        </Form.Item>
        <Form.Item name="active" label={t('dedupe.webForms.editor.active')} valuePropName="checked">
          <Switch data-testid="web-form-active" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
