import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useContactLabel } from '../hooks/use-contact-label';

type Entry = { label: string; primary: boolean } & ({ number: string } | { address: string });

type ContactListProps = { kind: 'phone' | 'email'; entries: Entry[]; revealed: boolean };

/** Phones or emails, one per line with their label; links only once they are shown in full. */
export const ContactList = ({ kind, entries, revealed }: ContactListProps) => {
  const { t } = useTranslation();
  const contactLabel = useContactLabel();
  if (entries.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      {entries.map((entry, index) => {
        const value = 'number' in entry ? entry.number : entry.address;
        const href = kind === 'phone' ? `tel:${value}` : `mailto:${value}`;
        return (
          <Flex key={index} gap={8} align="center" wrap data-testid={`customer-${kind}-${index}`}>
            {revealed ? <a href={href}>{value}</a> : <span>{value}</span>}
            <Typography.Text type="secondary">{contactLabel(kind, entry.label)}</Typography.Text>
            {entry.primary && entries.length > 1 && (
              <Tag color="blue" variant="filled" style={{ marginInlineEnd: 0 }}>
                {t('customer.profile.primary')}
              </Tag>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
};
