import { Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BulkAction } from '../../../../shared/contracts/customers';
import { useFieldCatalog } from '../hooks/use-field-catalog';
import { PeopleSelect } from './PeopleSelect';

export type BulkFormAction = 'assign_owner' | 'add_tags' | 'remove_tags' | 'set_category';

type BulkActionModalProps = {
  action: BulkFormAction | null;
  count: number;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (action: BulkAction['action']) => void;
};

type Values = { ownerId?: string; tags?: string[]; category?: string };

/** Asks for what a bulk action needs: the new owner, the tags or the category. */
export const BulkActionModal = ({ action, count, busy, onCancel, onSubmit }: BulkActionModalProps) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { byKey } = useFieldCatalog();
  const required = [{ required: true, message: t('common.validation.required') }];

  const finish = (v: Values) => {
    if (action === 'assign_owner') onSubmit({ type: 'assign_owner', ownerId: v.ownerId! });
    else if (action === 'set_category') onSubmit({ type: 'set_category', category: v.category! });
    else if (action) onSubmit({ type: action, tags: v.tags! });
  };

  return (
    <Modal
      open={action !== null}
      title={action ? t(`customerTable.bulk.actions.${action}`) : undefined}
      okText={t('customerTable.bulk.apply', { count })}
      cancelText={t('common.actions.cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okButtonProps={{ ...{ 'data-testid': 'bulk-apply' } }}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={finish} preserve={false}>
        {action === 'assign_owner' && (
          <Form.Item name="ownerId" label={t('customerTable.bulk.owner')} rules={required}>
            <PeopleSelect autoFocus data-testid="bulk-owner" />
          </Form.Item>
        )}
        {(action === 'add_tags' || action === 'remove_tags') && (
          <Form.Item name="tags" label={t('customerTable.bulk.tags')} rules={required}>
            <Select<string[]>
              mode="tags"
              autoFocus
              open={false}
              placeholder={t('customerTable.bulk.tagsPlaceholder')}
              data-testid="bulk-tags"
            />
          </Form.Item>
        )}
        {action === 'set_category' && (
          <Form.Item name="category" label={t('customerTable.bulk.category')} rules={required}>
            <Select<string> autoFocus options={byKey.get('category')?.options} data-testid="bulk-category" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
};
