import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  EditOutlined,
  InboxOutlined,
  PlusOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomField } from '../../../../shared/contracts/custom-fields';
import type { AppError } from '../../../../shared/errors';
import { useApiError } from '../../../app/forms/use-api-error';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useCustomFields, useUpdateCustomField } from '../../customer/api/custom-fields.api';
import { CustomFieldModal } from './CustomFieldModal';

/** Settings → Custom fields: the organisation's own customer fields, their order, and archiving. */
export const CustomFieldsPanel = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const { data: fields, isPending, error, refetch } = useCustomFields();
  const update = useUpdateCustomField();
  const [editing, setEditing] = useState<{ field: CustomField | null } | null>(null);
  const [moving, setMoving] = useState(false);
  useDocumentTitle(t('customer.settings.fields.title'));

  /** Positions become the row numbers of the new order; only rows that moved are saved. */
  const move = async (index: number, step: -1 | 1) => {
    if (!fields) return;
    const order = [...fields];
    [order[index], order[index + step]] = [order[index + step]!, order[index]!];
    setMoving(true);
    try {
      for (const [position, field] of order.entries()) {
        if (field.position !== position)
          await update.mutateAsync({ id: field.id, position, version: field.version });
      }
    } catch (failure) {
      onApiError(failure as AppError);
    } finally {
      setMoving(false);
    }
  };

  const setArchived = (field: CustomField, archived: boolean) =>
    update.mutate(
      { id: field.id, archived, version: field.version },
      {
        onSuccess: () =>
          message.success(
            t(archived ? 'customer.settings.fields.archived' : 'customer.settings.fields.unarchived'),
          ),
        onError: (failure) => onApiError(failure),
      },
    );

  const columns: TableColumnsType<CustomField> = [
    {
      title: t('customer.settings.fields.columns.order'),
      key: 'order',
      width: 90,
      render: (_, field, index) => (
        <Flex gap={2}>
          <Button
            size="small"
            type="text"
            icon={<ArrowUpOutlined />}
            disabled={index === 0 || moving}
            onClick={() => void move(index, -1)}
            aria-label={t('customer.settings.moveUp')}
            data-testid={`custom-field-up-${field.key}`}
          />
          <Button
            size="small"
            type="text"
            icon={<ArrowDownOutlined />}
            disabled={index === (fields?.length ?? 0) - 1 || moving}
            onClick={() => void move(index, 1)}
            aria-label={t('customer.settings.moveDown')}
            data-testid={`custom-field-down-${field.key}`}
          />
        </Flex>
      ),
    },
    {
      title: t('customer.settings.fields.columns.label'),
      key: 'label',
      render: (_, field) => (
        <Flex vertical>
          <Typography.Text strong>{field.label}</Typography.Text>
          <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
            custom.{field.key}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('customer.settings.fields.columns.type'),
      dataIndex: 'type',
      render: (type: CustomField['type']) => <Tag>{t(`customer.customFieldTypes.${type}`)}</Tag>,
    },
    {
      title: t('customer.settings.fields.columns.options'),
      dataIndex: 'options',
      render: (options: string[]) =>
        options.length === 0 ? (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ) : (
          <Flex gap={4} wrap style={{ maxWidth: 320 }}>
            {options.slice(0, 6).map((option) => (
              <Tag key={option} style={{ marginInlineEnd: 0 }}>
                {option}
              </Tag>
            ))}
            {options.length > 6 && <Tag style={{ marginInlineEnd: 0 }}>+{options.length - 6}</Tag>}
          </Flex>
        ),
    },
    {
      title: t('customer.settings.fields.columns.required'),
      dataIndex: 'required',
      render: (required: boolean, field) => (
        <Flex gap={4} wrap>
          {required ? (
            <Tag color="blue">{t('customer.settings.fields.required')}</Tag>
          ) : (
            t('customer.settings.fields.optional')
          )}
          {field.archived && <Tag>{t('customer.settings.archivedTag')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('customer.settings.fields.columns.actions'),
      key: 'actions',
      align: 'right',
      render: (_, field) => (
        <Flex gap={4} justify="flex-end">
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            onClick={() => setEditing({ field })}
            data-testid={`custom-field-edit-${field.key}`}
          >
            {t('common.actions.edit')}
          </Button>
          <Button
            size="small"
            type="link"
            icon={field.archived ? <UndoOutlined /> : <InboxOutlined />}
            onClick={() => setArchived(field, !field.archived)}
            data-testid={`custom-field-archive-${field.key}`}
          >
            {t(field.archived ? 'customer.settings.unarchive' : 'customer.settings.archive')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Card>
      <PageHeader
        title={t('customer.settings.fields.title')}
        description={t('customer.settings.fields.description')}
        level={4}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ field: null })}
            data-testid="custom-field-create"
          >
            {t('customer.settings.fields.create')}
          </Button>
        }
      />
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} compact />
      ) : (
        <Table<CustomField>
          rowKey="id"
          columns={columns}
          dataSource={fields}
          loading={isPending || moving}
          pagination={false}
          scroll={{ x: 'max-content' }}
          rowClassName={(field) => (field.archived ? 'kehu-muted-row' : '')}
          locale={{ emptyText: <Empty description={t('customer.settings.fields.empty')} /> }}
          data-testid="custom-fields-table"
        />
      )}
      {editing && <CustomFieldModal field={editing.field} onClose={() => setEditing(null)} />}
    </Card>
  );
};
