import { Alert, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateCandidate } from '../../../../shared/contracts/customers';

type DuplicatesAlertProps = {
  duplicates: DuplicateCandidate[];
  /** Shown on the new customer's page: offers the merge review instead of "check before saving". */
  afterCreate?: boolean;
  customerId?: string;
  closable?: boolean;
};

/** Likely duplicates with what matched; each opens in a new tab so the form is not lost. */
export const DuplicatesAlert = ({
  duplicates,
  afterCreate = false,
  customerId,
  closable,
}: DuplicatesAlertProps) => {
  const { t } = useTranslation();
  if (duplicates.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      closable={closable}
      data-testid="customer-duplicates-alert"
      title={t(afterCreate ? 'customer.duplicates.afterCreate' : 'customer.duplicates.title', {
        count: duplicates.length,
      })}
      description={
        <Flex vertical gap={6}>
          {duplicates.map((duplicate) => (
            <Flex key={duplicate.id} gap={8} align="center" wrap>
              <Link
                to={`/customers/${duplicate.id}`}
                target={afterCreate ? undefined : '_blank'}
                data-testid={`customer-duplicate-${duplicate.id}`}
              >
                {duplicate.name}
              </Link>
              <Tag style={{ marginInlineEnd: 0 }}>{t(`customer.duplicates.reasons.${duplicate.reason}`)}</Tag>
            </Flex>
          ))}
          {afterCreate && customerId ? (
            <Link
              to={`/customers/duplicates?customer=${customerId}`}
              data-testid="customer-duplicates-review"
            >
              {t('customer.duplicates.review')}
            </Link>
          ) : (
            <Typography.Text type="secondary">{t('customer.duplicates.hint')}</Typography.Text>
          )}
        </Flex>
      }
    />
  );
};
