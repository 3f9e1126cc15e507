import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFieldNames } from '../hooks/use-field-names';
import { customerKeyFields, type MappingReview } from '../state/order-mapping-check';

/** What the mapping still lacks before the import can start, or that it is complete. */
export const MappingCheck = ({ review }: { review: MappingReview }) => {
  const { t } = useTranslation();
  const names = useFieldNames();
  if (review.ok)
    return (
      <Alert
        type="success"
        showIcon
        title={t('orderImport.mapping.ready')}
        data-testid="order-import-mapping-check"
      />
    );
  const lines = [
    review.missing.length > 0 &&
      t('orderImport.mapping.missing', { fields: names(review.missing, 'conjunction') }),
    review.noCustomer &&
      t('orderImport.mapping.noCustomer', { fields: names(customerKeyFields, 'disjunction') }),
    review.conflicts.size > 0 && t('orderImport.mapping.conflicts'),
  ].filter((line): line is string => !!line);
  return (
    <Alert
      type="warning"
      showIcon
      title={lines[0]}
      description={
        <>
          {lines.slice(1).map((line) => (
            <div key={line}>{line}</div>
          ))}
          {review.noCustomer && <div>{t('orderImport.mapping.customerHelp')}</div>}
        </>
      }
      data-testid="order-import-mapping-check"
    />
  );
};
