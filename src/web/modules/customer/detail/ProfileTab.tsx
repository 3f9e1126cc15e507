import { Descriptions, Flex, Tag, Typography, type DescriptionsProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contracts/customers';
import { DateTimeText } from '../../../ui/DateTimeText';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { useCustomFields } from '../api/custom-fields.api';
import type { RevealedContacts } from '../api/customer.api';
import { useCustomValueText } from '../hooks/use-custom-value-text';
import { usePicklistLabels } from '../hooks/use-picklist-labels';
import { useUserNames } from '../hooks/use-user-names';
import { ContactList } from './ContactList';
import { AddressList } from './AddressList';

type ProfileTabProps = { customer: Customer; revealed: RevealedContacts | null };

/** Every field of the profile, grouped: who, how to reach them, how they are classified, custom fields. */
export const ProfileTab = ({ customer, revealed }: ProfileTabProps) => {
  const { t } = useTranslation();
  const timeZone = useOrgTimeZone();
  const picklists = usePicklistLabels();
  const { teamName } = useUserNames();
  const { data: fields } = useCustomFields();
  const customText = useCustomValueText();
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const text = (value: string | null | undefined) => value || none;
  const age = customer.birthday ? dayjs().diff(dayjs(customer.birthday), 'year') : null;
  const person = customer.kind === 'person';
  const column = { xs: 1, sm: 1, md: 2, xl: 3 };

  const basics: DescriptionsProps['items'] = [
    { key: 'kind', label: t('customer.fields.kind'), children: t(`customer.kinds.${customer.kind}`) },
    { key: 'name', label: t('customer.fields.name'), children: customer.name },
    ...(person
      ? [
          { key: 'company', label: t('customer.fields.companyId'), children: text(customer.companyName) },
          { key: 'title', label: t('customer.fields.title'), children: text(customer.title) },
          {
            key: 'gender',
            label: t('customer.fields.gender'),
            children: customer.gender ? t(`customer.genders.${customer.gender}`) : none,
          },
          {
            key: 'birthday',
            label: t('customer.fields.birthday'),
            children: customer.birthday
              ? `${customer.birthday} (${t('customer.profile.age', { count: age ?? 0 })})`
              : none,
          },
        ]
      : []),
    { key: 'externalId', label: t('customer.fields.externalId'), children: text(customer.externalId) },
    {
      key: 'createdAt',
      label: t('customer.profile.createdAt'),
      children: <DateTimeText value={customer.createdAt} timeZone={timeZone} />,
    },
  ];

  const contact: DescriptionsProps['items'] = [
    {
      key: 'phones',
      label: t('customer.fields.phones'),
      children: (
        <ContactList kind="phone" entries={revealed?.phones ?? customer.phones} revealed={!!revealed} />
      ),
    },
    {
      key: 'emails',
      label: t('customer.fields.emails'),
      children: (
        <ContactList kind="email" entries={revealed?.emails ?? customer.emails} revealed={!!revealed} />
      ),
    },
    {
      key: 'addresses',
      label: t('customer.fields.addresses'),
      span: 'filled',
      children: <AddressList addresses={customer.addresses} />,
    },
  ];

  const picklist = (key: string, list: Parameters<typeof picklists.label>[0], value: string | null) => ({
    key,
    label: t(`customer.fields.${key as 'category'}`),
    children: text(picklists.label(list, value)),
  });
  const classification: DescriptionsProps['items'] = [
    picklist('category', 'category', customer.category),
    picklist('valueTier', 'value_tier', customer.valueTier),
    picklist('lifecycleStage', 'lifecycle_stage', customer.lifecycleStage),
    picklist('source', 'source', customer.source),
    { key: 'owner', label: t('customer.fields.ownerId'), children: text(customer.ownerName) },
    { key: 'team', label: t('customer.fields.teamId'), children: text(teamName(customer.teamId)) },
    {
      key: 'tags',
      label: t('customer.fields.tags'),
      children:
        customer.tags.length > 0 ? (
          <Flex gap={4} wrap>
            {customer.tags.map((tag) => (
              <Tag key={tag} style={{ marginInlineEnd: 0 }}>
                {tag}
              </Tag>
            ))}
          </Flex>
        ) : (
          none
        ),
    },
  ];

  const custom: DescriptionsProps['items'] = (fields ?? [])
    .filter((field) => !field.archived || customer.custom[field.key] !== undefined)
    .map((field) => ({
      key: field.key,
      label: field.label,
      children: text(customText(field, customer.custom[field.key])),
    }));

  const section = (
    title: string,
    items: DescriptionsProps['items'],
    testId: string,
    columns: DescriptionsProps['column'] = column,
  ) => (
    <Descriptions
      title={title}
      items={items}
      column={columns}
      size="small"
      styles={{ label: { width: 120 } }}
      data-testid={testId}
    />
  );

  return (
    <Flex vertical gap={24} data-testid="customer-profile">
      {section(t('customer.profile.basics'), basics, 'customer-profile-basics')}
      {section(t('customer.profile.contact'), contact, 'customer-profile-contact', { xs: 1, md: 2 })}
      {section(t('customer.profile.classification'), classification, 'customer-profile-classification')}
      {custom.length > 0 && section(t('customer.profile.custom'), custom, 'customer-profile-custom')}
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('customer.fields.notes')}
        </Typography.Title>
        {customer.notes ? (
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
            data-testid="customer-notes"
          >
            {customer.notes}
          </Typography.Paragraph>
        ) : (
          none
        )}
      </div>
    </Flex>
  );
};
