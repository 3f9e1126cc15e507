import {
  DeleteOutlined,
  EditOutlined,
  FormOutlined,
  PlusOutlined,
  ShareAltOutlined,
} from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Popconfirm,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebForm } from '../../../../shared/contracts/web-forms';
import { useApiError } from '../../../app/forms/use-api-error';
import { DateTimeText } from '../../../ui/DateTimeText';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { useDeleteWebForm, useWebForms } from '../api/web-forms.api';
import { WebFormEditor } from './WebFormEditor';
import { WebFormShareModal } from './WebFormShareModal';

/** Settings → Web forms: list, create, edit, share (link and embed code), delete. */
export const WebFormsPanel = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const timeZone = useOrgTimeZone();
  const { data: forms, isPending, error, refetch } = useWebForms();
  const remove = useDeleteWebForm();
  const [editing, setEditing] = useState<{ form: WebForm | null } | null>(null);
  const [sharing, setSharing] = useState<WebForm | null>(null);
  useDocumentTitle(t('dedupe.webForms.title'));

  const columns: TableColumnsType<WebForm> = [
    {
      title: t('dedupe.webForms.columns.name'),
      dataIndex: 'name',
      render: (name: string, form) => (
        <Flex gap={8} align="center">
          <FormOutlined style={{ opacity: 0.6 }} />
          <Typography.Link onClick={() => setEditing({ form })}>{name}</Typography.Link>
        </Flex>
      ),
    },
    {
      title: t('dedupe.webForms.columns.status'),
      dataIndex: 'active',
      render: (active: boolean) =>
        active ? (
          <Tag color="green">{t('dedupe.webForms.active')}</Tag>
        ) : (
          <Tag>{t('dedupe.webForms.inactive')}</Tag>
        ),
    },
    {
      title: t('dedupe.webForms.columns.submissions'),
      dataIndex: 'submissionCount',
      align: 'right',
      width: 110,
    },
    {
      title: t('dedupe.webForms.columns.owner'),
      dataIndex: 'ownerName',
      render: (owner: string | null) =>
        owner ?? <Typography.Text type="secondary">{t('dedupe.webForms.noOwner')}</Typography.Text>,
    },
    {
      title: t('dedupe.webForms.columns.updated'),
      dataIndex: 'updatedAt',
      render: (at: string) => <DateTimeText value={at} timeZone={timeZone} />,
    },
    {
      title: t('dedupe.webForms.columns.actions'),
      key: 'actions',
      align: 'right',
      fixed: 'right',
      render: (_, form) => (
        <Flex gap={4} justify="flex-end">
          <Button
            size="small"
            type="link"
            icon={<ShareAltOutlined />}
            onClick={() => setSharing(form)}
            data-testid={`web-form-share-${form.id}`}
          >
            {t('dedupe.webForms.share')}
          </Button>
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            onClick={() => setEditing({ form })}
            data-testid={`web-form-edit-${form.id}`}
          >
            {t('common.actions.edit')}
          </Button>
          <Popconfirm
            title={t('dedupe.webForms.deleteConfirm', { name: form.name })}
            description={t('dedupe.webForms.deleteHelp')}
            okButtonProps={{ danger: true, ...{ 'data-testid': 'confirm-ok' } }}
            onConfirm={() =>
              remove.mutate(form.id, {
                onSuccess: () => message.success(t('dedupe.webForms.deleted')),
                onError: (failure) => onApiError(failure),
              })
            }
          >
            <Button
              size="small"
              type="link"
              danger
              icon={<DeleteOutlined />}
              data-testid={`web-form-delete-${form.id}`}
            >
              {t('common.actions.delete')}
            </Button>
          </Popconfirm>
        </Flex>
      ),
    },
  ];

  const create = (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => setEditing({ form: null })}
      data-testid="web-form-create"
    >
      {t('dedupe.webForms.create')}
    </Button>
  );

  return (
    <Card>
      <PageHeader
        title={t('dedupe.webForms.title')}
        description={t('dedupe.webForms.description')}
        level={4}
        extra={create}
      />
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} compact />
      ) : (
        <Table<WebForm>
          rowKey="id"
          columns={columns}
          dataSource={forms}
          loading={isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="web-forms-table"
          locale={{
            emptyText: (
              <Empty description={t('dedupe.webForms.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE}>
                <Typography.Paragraph type="secondary">{t('dedupe.webForms.emptyHint')}</Typography.Paragraph>
              </Empty>
            ),
          }}
        />
      )}
      {editing && <WebFormEditor form={editing.form} onClose={() => setEditing(null)} />}
      {sharing && <WebFormShareModal form={sharing} onClose={() => setSharing(null)} />}
    </Card>
  );
};
