import { Form, Input, Modal, Radio, Space, Tooltip } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedViewVisibility } from '../../../../shared/contracts/saved-views';
import { useSignedInMe } from '../../auth/api/me.api';
import { useCan } from '../../auth/hooks/use-can';

export type ViewNaming = { name: string; visibility: SavedViewVisibility };

type SaveViewModalProps = {
  open: boolean;
  mode: 'create' | 'edit';
  initial: ViewNaming;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (naming: ViewNaming) => void;
};

/** Name a view and choose who sees it; sharing options the role cannot use are shown disabled, with why. */
export const SaveViewModal = ({ open, mode, initial, saving, onCancel, onSubmit }: SaveViewModalProps) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<ViewNaming>();
  const me = useSignedInMe();
  const can = useCan();
  const mayShare = can('segments.manage') || can('org.manage');
  const blocked: Record<SavedViewVisibility, string | null> = {
    private: null,
    team: !can('segments.manage')
      ? t('customerTable.views.cannotShare')
      : !me.user.teamId
        ? t('customerTable.views.noTeam')
        : null,
    org: mayShare ? null : t('customerTable.views.cannotShare'),
  };

  useEffect(() => {
    if (open) form.setFieldsValue(initial);
  }, [open, initial, form]);

  return (
    <Modal
      open={open}
      title={t(mode === 'create' ? 'customerTable.views.newTitle' : 'customerTable.views.editTitle')}
      okText={t('common.actions.save')}
      cancelText={t('common.actions.cancel')}
      confirmLoading={saving}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okButtonProps={{ ...{ 'data-testid': 'view-save-ok' } }}
      destroyOnHidden
    >
      <Form<ViewNaming> form={form} layout="vertical" onFinish={onSubmit} initialValues={initial}>
        <Form.Item
          name="name"
          label={t('customerTable.views.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.validation.required') },
            { max: 80, message: t('common.validation.maxLength', { max: 80 }) },
          ]}
        >
          <Input autoFocus placeholder={t('customerTable.views.namePlaceholder')} data-testid="view-name" />
        </Form.Item>
        <Form.Item name="visibility" label={t('customerTable.views.visibility')}>
          <Radio.Group data-testid="view-visibility">
            <Space orientation="vertical">
              {(['private', 'team', 'org'] as const).map((v) => (
                <Tooltip key={v} title={blocked[v]} placement="right">
                  <Radio value={v} disabled={blocked[v] !== null} data-testid={`view-visibility-${v}`}>
                    {t(`customerTable.views.visibilities.${v}`)}
                  </Radio>
                </Tooltip>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
};
