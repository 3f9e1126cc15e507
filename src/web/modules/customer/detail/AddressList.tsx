import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contracts/customers';
import { formatAddress } from '../format/format-address';
import { useContactLabel } from '../hooks/use-contact-label';

/** Addresses, one per line, written the way their country writes them. */
export const AddressList = ({ addresses }: { addresses: Customer['addresses'] }) => {
  const { t, i18n } = useTranslation();
  const contactLabel = useContactLabel();
  if (addresses.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      {addresses.map((address, index) => (
        <Flex key={index} gap={8} align="baseline" wrap data-testid={`customer-address-${index}`}>
          <span>{formatAddress(address, i18n.language)}</span>
          <Typography.Text type="secondary">{contactLabel('address', address.label)}</Typography.Text>
          {address.primary && addresses.length > 1 && (
            <Tag color="blue" variant="filled" style={{ marginInlineEnd: 0 }}>
              {t('customer.profile.primary')}
            </Tag>
          )}
        </Flex>
      ))}
    </Flex>
  );
};
