import { MergeCellsOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateGroup, DuplicateMember } from '../../../../shared/contracts/duplicates';
import { useApiError } from '../../../app/forms/use-api-error';
import { DateTimeText } from '../../../ui/DateTimeText';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { useCan } from '../../auth/hooks/use-can';
import { useDismissDuplicates } from '../api/duplicates.api';
import { ReasonTags } from './ReasonTags';

type DuplicateGroupCardProps = {
  group: DuplicateGroup;
  index: number;
  onReview: (group: DuplicateGroup) => void;
};

/** One group of likely duplicates: why they match, who they are, and what to do about it. */
export const DuplicateGroupCard = ({ group, index, onReview }: DuplicateGroupCardProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const onApiError = useApiError();
  const timeZone = useOrgTimeZone();
  const dismiss = useDismissDuplicates();
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const text = (value: string | null) => value ?? none;

  const columns: TableColumnsType<DuplicateMember> = [
    {
      title: t('dedupe.columns.name'),
      dataIndex: 'name',
      render: (name: string, member) => <Link to={`/customers/${member.id}`}>{name}</Link>,
    },
    { title: t('dedupe.columns.company'), dataIndex: 'companyName', render: text },
    { title: t('dedupe.columns.city'), dataIndex: 'city', render: text },
    { title: t('dedupe.columns.phone'), dataIndex: 'primaryPhone', render: text },
    { title: t('dedupe.columns.email'), dataIndex: 'primaryEmail', render: text },
    { title: t('dedupe.columns.owner'), dataIndex: 'ownerName', render: text },
    { title: t('dedupe.columns.orders'), dataIndex: 'orderCount', align: 'right', width: 80 },
    {
      title: t('dedupe.columns.created'),
      dataIndex: 'createdAt',
      render: (at: string) => <DateTimeText value={at} timeZone={timeZone} />,
    },
  ];

  const mayMerge = can('customers.write') && can('customers.delete');
  const actions = (
    <Flex gap={8} wrap>
      {can('customers.write') && (
        <Popconfirm
          title={t('dedupe.group.dismissConfirm', { count: group.customers.length })}
          description={t('dedupe.group.dismissHelp')}
          okButtonProps={{ ...{ 'data-testid': 'confirm-ok' } }}
          onConfirm={() =>
            dismiss.mutate(
              group.customers.map((c) => c.id),
              {
                onSuccess: () => message.success(t('dedupe.group.dismissed')),
                onError: (e) => onApiError(e),
              },
            )
          }
        >
          <Button icon={<StopOutlined />} loading={dismiss.isPending} data-testid={`dismiss-${index}`}>
            {t('dedupe.group.dismiss')}
          </Button>
        </Popconfirm>
      )}
      {mayMerge && (
        <Button
          type="primary"
          icon={<MergeCellsOutlined />}
          onClick={() => onReview(group)}
          data-testid="merge-open"
        >
          {t('dedupe.group.review')}
        </Button>
      )}
    </Flex>
  );

  return (
    <Card
      size="small"
      data-testid={`duplicate-group-${index}`}
      title={
        <Flex gap={8} align="center" wrap>
          <ReasonTags reasons={group.reasons} />
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {t('dedupe.group.members', { count: group.size })}
          </Typography.Text>
        </Flex>
      }
      extra={actions}
    >
      <Table<DuplicateMember>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={group.customers}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {group.size > group.customers.length && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('dedupe.group.more', { count: group.size - group.customers.length })}
        </Typography.Text>
      )}
    </Card>
  );
};
