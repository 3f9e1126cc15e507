import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { orderImportFields, type OrderImportField } from '../../../../shared/contracts/order-imports';
import { customerKeyFields, requiredOrderFields } from '../state/order-mapping-check';

const IGNORE = '__ignore__';

type OrderFieldSelectProps = {
  value: OrderImportField | null;
  onChange: (field: OrderImportField | null) => void;
  status?: 'warning';
  ariaLabel: string;
  testId: string;
};

/** The order field one column fills, or "ignore this column"; required fields say so. */
export const OrderFieldSelect = ({ value, onChange, status, ariaLabel, testId }: OrderFieldSelectProps) => {
  const { t } = useTranslation();
  const options = useMemo(() => {
    const note = (field: OrderImportField) =>
      requiredOrderFields.includes(field)
        ? t('orderImport.mapping.required')
        : customerKeyFields.includes(field)
          ? t('orderImport.mapping.oneOf')
          : null;
    const label = (field: OrderImportField) => {
      const name = t(`orderImport.fields.${field}`);
      const extra = note(field);
      return extra ? t('orderImport.mapping.withNote', { field: name, note: extra }) : name;
    };
    return [
      { value: IGNORE, label: t('orderImport.mapping.ignore') },
      ...orderImportFields.map((field) => ({
        value: field,
        label: label(field),
      })),
    ];
  }, [t]);
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? IGNORE}
      onChange={(next) => onChange(next === IGNORE ? null : (next as OrderImportField))}
      options={options}
      status={status}
      style={{ width: '100%' }}
      aria-label={ariaLabel}
      data-testid={testId}
    />
  );
};
