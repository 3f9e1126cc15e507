import {
  BankOutlined,
  EnvironmentOutlined,
  MailOutlined,
  PhoneOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Avatar, Card, Divider, Flex, Tag, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Customer } from '../../../../shared/contracts/customers';
import type { RevealedContacts } from '../api/customer.api';
import { picklistColour } from '../format/picklist-colours';
import { usePicklistLabels } from '../hooks/use-picklist-labels';
import { CustomerActions } from './CustomerActions';
import { CustomerKeyNumbers } from './CustomerKeyNumbers';

type CustomerHeaderProps = {
  customer: Customer;
  revealed: RevealedContacts | null;
  revealing: boolean;
  onReveal: () => void;
  onEdit: () => void;
};

const palette = ['#1677ff', '#13a8a8', '#722ed1', '#eb2f96', '#fa8c16', '#52c41a', '#2f54eb', '#d4380d'];
/** The same customer always gets the same avatar colour. */
const avatarColour = (id: string) =>
  palette[[...id].reduce((sum, char) => sum + char.charCodeAt(0), 0) % palette.length];

const fact = (icon: ReactNode, content: ReactNode) => (
  <Flex gap={6} align="center" style={{ minWidth: 0 }}>
    <Typography.Text type="secondary">{icon}</Typography.Text>
    {content}
  </Flex>
);

/** The top of the 360 page: who this is, how they are classified, key numbers and quick actions. */
export const CustomerHeader = ({ customer, revealed, revealing, onReveal, onEdit }: CustomerHeaderProps) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const picklists = usePicklistLabels();
  const company = customer.kind === 'company';
  const phone = revealed ? revealed.phones.find((p) => p.primary)?.number : customer.primaryPhone;
  const email = revealed ? revealed.emails.find((e) => e.primary)?.address : customer.primaryEmail;
  const place = [customer.province, customer.city, customer.district]
    .filter((part, index, parts) => part && parts.indexOf(part) === index)
    .join(' · ');
  const classification = (
    [
      ['category', customer.category],
      ['value_tier', customer.valueTier],
      ['lifecycle_stage', customer.lifecycleStage],
    ] as const
  ).filter(([, key]) => key);

  return (
    <Card data-testid="customer-header">
      <Flex gap={20} wrap justify="space-between" align="flex-start">
        <Flex gap={16} align="flex-start" style={{ minWidth: 0, flex: '1 1 420px' }}>
          <Avatar
            size={64}
            shape={company ? 'square' : 'circle'}
            style={{ background: avatarColour(customer.id), flex: 'none', fontSize: 26 }}
            icon={company ? <BankOutlined /> : undefined}
          >
            {company ? null : [...customer.name][0]}
          </Avatar>
          <Flex vertical gap={6} style={{ minWidth: 0 }}>
            <Flex gap={8} align="center" wrap>
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="customer-name">
                {customer.name}
              </Typography.Title>
              <Tag icon={company ? <BankOutlined /> : <UserOutlined />} variant="filled">
                {t(`customer.kinds.${customer.kind}`)}
              </Tag>
            </Flex>
            {(customer.title || customer.companyName) && (
              <Typography.Text type="secondary">
                {customer.title}
                {customer.title && customer.companyName && ' · '}
                {customer.companyId && customer.companyName && (
                  <Link to={`/customers/${customer.companyId}`} data-testid="customer-company-link">
                    {customer.companyName}
                  </Link>
                )}
              </Typography.Text>
            )}
            {classification.length > 0 && (
              <Flex gap={4} wrap>
                {classification.map(([list, key]) => (
                  <Tag key={list} color={picklistColour(list, key!)} style={{ marginInlineEnd: 0 }}>
                    {picklists.label(list, key)}
                  </Tag>
                ))}
              </Flex>
            )}
            <Flex wrap style={{ color: token.colorTextSecondary, columnGap: 18, rowGap: 4 }}>
              {phone &&
                fact(
                  <PhoneOutlined />,
                  revealed ? <a href={`tel:${phone}`}>{phone}</a> : <span>{phone}</span>,
                )}
              {email &&
                fact(
                  <MailOutlined />,
                  revealed ? <a href={`mailto:${email}`}>{email}</a> : <span>{email}</span>,
                )}
              {place && fact(<EnvironmentOutlined />, <span>{place}</span>)}
              {fact(
                <UserOutlined />,
                <span>
                  {t('customer.header.owner')}: {customer.ownerName ?? t('customer.header.noOwner')}
                </span>,
              )}
            </Flex>
            {customer.tags.length > 0 && (
              <Flex gap={4} wrap>
                {customer.tags.map((tag) => (
                  <Tag key={tag} style={{ marginInlineEnd: 0 }}>
                    #{tag}
                  </Tag>
                ))}
              </Flex>
            )}
          </Flex>
        </Flex>
        <CustomerActions
          customer={customer}
          revealed={!!revealed}
          revealing={revealing}
          onReveal={onReveal}
          onEdit={onEdit}
        />
      </Flex>
      <Divider style={{ margin: '20px 0 16px' }} />
      <CustomerKeyNumbers rollups={customer.rollups} />
    </Card>
  );
};
