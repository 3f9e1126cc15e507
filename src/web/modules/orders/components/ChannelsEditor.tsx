import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChannelUpdateSchema } from '../../../../shared/contracts/orders';
import { useApiError } from '../../../app/forms/use-api-error';
import { useUpdateChannels, type Channel } from '../api/channels.api';
import { useDefaultChannelName } from '../hooks/use-channel-label';

const keySchema = ChannelUpdateSchema.shape.items.element.shape.key;

/** "Live stream" → "live_stream"; Chinese labels give no key, so the admin types one. */
const keyFor = (label: string) =>
  label
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);

/**
 * The channel list as a draft: relabel, reorder, archive and add, then save the whole list.
 * Channels are archived rather than removed, because orders still name them.
 */
export const ChannelsEditor = ({ channels }: { channels: Channel[] }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const defaultName = useDefaultChannelName();
  const update = useUpdateChannels();
  const [draft, setDraft] = useState(channels);
  const [label, setLabel] = useState('');
  const [typedKey, setTypedKey] = useState<string | null>(null);
  const newKey = typedKey ?? keyFor(label);
  const keyValid = keySchema.safeParse(newKey).success;
  const taken = draft.some((channel) => channel.key === newKey);
  const changed = JSON.stringify(draft) !== JSON.stringify(channels);

  const edit = (key: string, patch: Partial<Channel>) =>
    setDraft((current) => current.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  const move = (index: number, step: -1 | 1) =>
    setDraft((current) => {
      const next = [...current];
      [next[index], next[index + step]] = [next[index + step]!, next[index]!];
      return next;
    });
  const add = () => {
    if (!keyValid || taken || !label.trim()) return;
    setDraft((current) => [
      ...current,
      { key: newKey, label: label.trim(), position: current.length, archived: false },
    ]);
    setLabel('');
    setTypedKey(null);
  };
  const save = () =>
    update.mutate(
      {
        items: draft.map((c) => ({ key: c.key, label: c.label?.trim() || null, archived: c.archived })),
      },
      { onSuccess: () => message.success(t('common.feedback.saved')), onError: (error) => onApiError(error) },
    );

  const columns: TableColumnsType<Channel> = [
    {
      key: 'order',
      width: 76,
      render: (_, channel, index) => (
        <Flex gap={2}>
          <Button
            size="small"
            type="text"
            icon={<ArrowUpOutlined />}
            disabled={index === 0}
            onClick={() => move(index, -1)}
            aria-label={t('orders.settings.moveUp', { name: channel.key })}
          />
          <Button
            size="small"
            type="text"
            icon={<ArrowDownOutlined />}
            disabled={index === draft.length - 1}
            onClick={() => move(index, 1)}
            aria-label={t('orders.settings.moveDown', { name: channel.key })}
          />
        </Flex>
      ),
    },
    {
      title: t('orders.settings.label'),
      key: 'label',
      render: (_, channel) => (
        <Input
          value={channel.label ?? ''}
          placeholder={defaultName(channel.key) ?? channel.key}
          onChange={(event) => edit(channel.key, { label: event.target.value })}
          maxLength={40}
          style={{ maxWidth: 260 }}
          aria-label={t('orders.settings.labelOf', { name: channel.key })}
          data-testid={`channel-label-${channel.key}`}
        />
      ),
    },
    {
      title: t('orders.settings.key'),
      dataIndex: 'key',
      render: (key: string) => <Typography.Text code>{key}</Typography.Text>,
    },
    {
      title: t('orders.settings.active'),
      key: 'active',
      width: 130,
      render: (_, channel) => (
        <Flex gap={8} align="center">
          <Switch
            size="small"
            checked={!channel.archived}
            onChange={(active) => edit(channel.key, { archived: !active })}
            aria-label={t('orders.settings.activeOf', { name: channel.key })}
            data-testid={`channel-active-${channel.key}`}
          />
          {channel.archived && <Tag style={{ marginInlineEnd: 0 }}>{t('orders.settings.archived')}</Tag>}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="channels-editor">
      <Table<Channel>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={draft}
        pagination={false}
        rowClassName={(channel) => (channel.archived ? 'kehu-muted-row' : '')}
        scroll={{ x: 'max-content' }}
      />
      <Flex gap={8} wrap align="center">
        <Input
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          onPressEnter={add}
          placeholder={t('orders.settings.newLabel')}
          maxLength={40}
          style={{ maxWidth: 220 }}
          data-testid="channel-add-label"
        />
        <Input
          value={newKey}
          onChange={(event) => setTypedKey(event.target.value)}
          onPressEnter={add}
          placeholder={t('orders.settings.newKey')}
          maxLength={40}
          status={newKey && (!keyValid || taken) ? 'error' : undefined}
          style={{ maxWidth: 180 }}
          data-testid="channel-add-key"
        />
        <Button
          icon={<PlusOutlined />}
          onClick={add}
          disabled={!keyValid || taken || !label.trim()}
          data-testid="channel-add"
        >
          {t('orders.settings.add')}
        </Button>
        {newKey && (taken || !keyValid) && (
          <Typography.Text type="danger">
            {t(taken ? 'orders.settings.taken' : 'orders.settings.keyHelp')}
          </Typography.Text>
        )}
      </Flex>
      <Flex gap={8} justify="flex-end">
        <Button disabled={!changed} onClick={() => setDraft(channels)}>
          {t('common.actions.reset')}
        </Button>
        <Button
          type="primary"
          disabled={!changed}
          loading={update.isPending}
          onClick={save}
          data-testid="channels-save"
        >
          {t('common.actions.saveChanges')}
        </Button>
      </Flex>
    </Flex>
  );
};
