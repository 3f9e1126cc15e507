import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Picklist } from '../../../../shared/contracts/customers';
import { useApiError } from '../../../app/forms/use-api-error';
import { useUpdatePicklist, type PicklistItem } from '../../customer/api/picklists.api';
import { usePicklistLabels } from '../../customer/hooks/use-picklist-labels';

type PicklistEditorProps = { list: Picklist; items: PicklistItem[] };

/** "Trade show" → "trade_show"; keys may be Chinese too, only spaces and commas are not allowed. */
const keyFor = (label: string) =>
  label
    .trim()
    .toLowerCase()
    .replace(/[\s,，]+/g, '_')
    .slice(0, 60);

/**
 * One pick list as a draft: rename, reorder, add and archive items, then save the whole list.
 * Items are never removed, because customers may still hold them.
 */
export const PicklistEditor = ({ list, items }: PicklistEditorProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const { defaults } = usePicklistLabels();
  const update = useUpdatePicklist();
  const [draft, setDraft] = useState(items);
  const [adding, setAdding] = useState('');
  const changed = JSON.stringify(draft) !== JSON.stringify(items);
  const newKey = keyFor(adding);
  const taken = draft.some((item) => item.key === newKey);

  const edit = (key: string, patch: Partial<PicklistItem>) =>
    setDraft((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  const move = (index: number, step: -1 | 1) =>
    setDraft((current) => {
      const next = [...current];
      [next[index], next[index + step]] = [next[index + step]!, next[index]!];
      return next;
    });
  const add = () => {
    if (!newKey || taken) return;
    setDraft((current) => [...current, { key: newKey, label: adding.trim(), archived: false }]);
    setAdding('');
  };
  const save = () =>
    update.mutate(
      { list, items: draft.map((item) => ({ ...item, label: item.label?.trim() || null })) },
      { onSuccess: () => message.success(t('common.feedback.saved')), onError: (error) => onApiError(error) },
    );

  const columns: TableColumnsType<PicklistItem> = [
    {
      key: 'order',
      width: 76,
      render: (_, item, index) => (
        <Flex gap={2}>
          <Button
            size="small"
            type="text"
            icon={<ArrowUpOutlined />}
            disabled={index === 0}
            onClick={() => move(index, -1)}
            aria-label={t('customer.settings.moveUp')}
          />
          <Button
            size="small"
            type="text"
            icon={<ArrowDownOutlined />}
            disabled={index === draft.length - 1}
            onClick={() => move(index, 1)}
            aria-label={t('customer.settings.moveDown')}
          />
        </Flex>
      ),
    },
    {
      title: t('customer.settings.picklists.label'),
      key: 'label',
      render: (_, item) => (
        <Input
          value={item.label ?? ''}
          placeholder={defaults[list]?.[item.key] ?? item.key}
          onChange={(event) => edit(item.key, { label: event.target.value })}
          maxLength={60}
          style={{ maxWidth: 280 }}
          data-testid={`picklist-${list}-label-${item.key}`}
        />
      ),
    },
    {
      title: t('customer.settings.picklists.key'),
      dataIndex: 'key',
      render: (key: string) => <Typography.Text code>{key}</Typography.Text>,
    },
    {
      title: t('customer.settings.picklists.active'),
      key: 'active',
      width: 120,
      render: (_, item) => (
        <Flex gap={8} align="center">
          <Switch
            size="small"
            checked={!item.archived}
            onChange={(active) => edit(item.key, { archived: !active })}
            data-testid={`picklist-${list}-active-${item.key}`}
          />
          {item.archived && <Tag style={{ marginInlineEnd: 0 }}>{t('customer.settings.archivedTag')}</Tag>}
        </Flex>
      ),
    },
  ];

  return (
    <Card
      title={t(`customer.settings.picklists.lists.${list}`)}
      size="small"
      data-testid={`picklist-${list}`}
      extra={
        <Flex gap={8}>
          <Button size="small" disabled={!changed} onClick={() => setDraft(items)}>
            {t('common.actions.reset')}
          </Button>
          <Button
            size="small"
            type="primary"
            disabled={!changed}
            loading={update.isPending}
            onClick={save}
            data-testid={`picklist-${list}-save`}
          >
            {t('common.actions.saveChanges')}
          </Button>
        </Flex>
      }
    >
      <Table<PicklistItem>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={draft}
        pagination={false}
        rowClassName={(item) => (item.archived ? 'kehu-muted-row' : '')}
        scroll={{ x: 'max-content' }}
      />
      <Flex gap={8} style={{ marginTop: 12 }} wrap>
        <Input
          value={adding}
          onChange={(event) => setAdding(event.target.value)}
          onPressEnter={add}
          placeholder={t('customer.settings.picklists.newItem')}
          maxLength={60}
          status={taken ? 'error' : undefined}
          style={{ maxWidth: 280 }}
          data-testid={`picklist-${list}-add-label`}
        />
        <Button
          icon={<PlusOutlined />}
          onClick={add}
          disabled={!newKey || taken}
          data-testid={`picklist-${list}-add`}
        >
          {t('customer.settings.picklists.add')}
        </Button>
        {taken && <Typography.Text type="danger">{t('customer.settings.picklists.taken')}</Typography.Text>}
      </Flex>
    </Card>
  );
};
