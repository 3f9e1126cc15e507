import { DeleteOutlined, EditOutlined, MoreOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView, SavedViewDefinition } from '../../../../shared/contracts/saved-views';
import type { AppError } from '../../../../shared/errors';
import { useApiError } from '../../../app/forms/use-api-error';
import { useSignedInMe } from '../../auth/api/me.api';
import { useCreateSavedView, useDeleteSavedView, useUpdateSavedView } from '../api/saved-views.api';
import { cleanDefinition } from '../state/table-definition';
import { SaveViewModal, type ViewNaming } from './SaveViewModal';

type SavedViewsControlProps = {
  views: SavedView[];
  active: SavedView | undefined;
  dirty: boolean;
  definition: SavedViewDefinition;
  onSelect: (id: string | undefined) => void;
  onSaved: (view: SavedView) => void;
};

/** The view selector with save, save-as, rename/share and delete. */
export const SavedViewsControl = ({
  views,
  active,
  dirty,
  definition,
  onSelect,
  onSaved,
}: SavedViewsControlProps) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const onApiError = useApiError();
  const me = useSignedInMe();
  const create = useCreateSavedView();
  const update = useUpdateSavedView();
  const remove = useDeleteSavedView();
  const [naming, setNaming] = useState<'create' | 'edit' | null>(null);

  const onError = (error: AppError) =>
    error.code === 'CONFLICT' ? message.warning(t('customerTable.views.conflict')) : onApiError(error);
  const saved = (view: SavedView) => {
    message.success(t('customerTable.views.saved', { name: view.name }));
    setNaming(null);
    onSaved(view);
  };
  const saveChanges = () =>
    active &&
    update.mutate(
      { id: active.id, version: active.version, definition: cleanDefinition(definition) },
      { onSuccess: saved, onError },
    );
  const submitNaming = (values: ViewNaming) => {
    if (naming === 'edit' && active)
      update.mutate({ id: active.id, version: active.version, ...values }, { onSuccess: saved, onError });
    else create.mutate({ ...values, definition: cleanDefinition(definition) }, { onSuccess: saved, onError });
  };
  const confirmDelete = () =>
    active &&
    modal.confirm({
      title: t('customerTable.views.deleteConfirm', { name: active.name }),
      okButtonProps: { danger: true, ...{ 'data-testid': 'view-delete-ok' } },
      okText: t('common.actions.delete'),
      cancelText: t('common.actions.cancel'),
      onOk: async () => {
        try {
          await remove.mutateAsync(active.id);
          message.success(t('customerTable.views.deleted'));
          onSelect(undefined);
        } catch (error) {
          onError(error as AppError);
        }
      },
    });

  const group = (v: SavedView) =>
    v.ownerId === me.user.id && v.visibility === 'private' ? 'private' : v.visibility;
  const options = [
    { value: '', label: t('customerTable.views.default') },
    ...(['private', 'team', 'org'] as const)
      .map((g) => ({
        label: t(`customerTable.views.groups.${g}`),
        options: views
          .filter((v) => group(v) === g)
          .map((v) => ({
            value: v.id,
            label: (
              <Space size={6}>
                <span>{v.name}</span>
                {v.ownerId !== me.user.id && v.ownerName && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('customerTable.views.by', { name: v.ownerName })}
                  </Typography.Text>
                )}
              </Space>
            ),
          })),
      }))
      .filter((g) => g.options.length > 0),
  ];
  const canEdit = !!active?.canEdit;
  const initial = useMemo<ViewNaming>(
    () =>
      naming === 'edit' && active
        ? { name: active.name, visibility: active.visibility }
        : { name: '', visibility: 'private' },
    [naming, active],
  );

  return (
    <Space size={6} wrap>
      <Select<string>
        value={active?.id ?? ''}
        options={options}
        onChange={(id) => onSelect(id || undefined)}
        style={{ minWidth: 200 }}
        popupMatchSelectWidth={false}
        aria-label={t('customerTable.views.label')}
        data-testid="customers-views"
      />
      {dirty && (
        <>
          {active && <Tag color="orange">{t('customerTable.views.unsaved')}</Tag>}
          <Button
            icon={<SaveOutlined />}
            loading={update.isPending || create.isPending}
            onClick={() => (canEdit ? saveChanges() : setNaming('create'))}
            data-testid="customers-view-save"
          >
            {t('customerTable.views.save')}
          </Button>
        </>
      )}
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'saveAs',
              'data-testid': 'customers-view-save-as',
              icon: <SaveOutlined />,
              label: t('customerTable.views.saveAs'),
              onClick: () => setNaming('create'),
            },
            {
              key: 'rename',
              'data-testid': 'customers-view-rename',
              icon: <EditOutlined />,
              label: t('customerTable.views.rename'),
              disabled: !canEdit,
              onClick: () => setNaming('edit'),
            },
            { type: 'divider' },
            {
              key: 'delete',
              'data-testid': 'customers-view-delete',
              icon: <DeleteOutlined />,
              danger: true,
              label: t('customerTable.views.delete'),
              disabled: !canEdit,
              onClick: confirmDelete,
            },
          ],
        }}
      >
        <Button
          icon={<MoreOutlined />}
          aria-label={t('customerTable.views.actions')}
          data-testid="customers-view-actions"
        />
      </Dropdown>
      <SaveViewModal
        open={naming !== null}
        mode={naming ?? 'create'}
        initial={initial}
        saving={create.isPending || update.isPending}
        onCancel={() => setNaming(null)}
        onSubmit={submitNaming}
      />
    </Space>
  );
};
