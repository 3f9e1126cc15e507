import { DatePicker, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomField } from '../../../../shared/contracts/custom-fields';
import { currencySymbol, minorUnitDigits } from '../../../ui/format-money';
import { useSignedInMe } from '../../auth/api/me.api';
import { UserSelect } from './UserSelect';

type CustomFieldInputProps = { field: CustomField; value?: unknown; onChange?: (value: unknown) => void };

/** The input for one custom field, by its type; money is typed in yuan (major units) and stored in cents. */
export const CustomFieldInput = ({ field, value, onChange }: CustomFieldInputProps) => {
  const { i18n } = useTranslation();
  const { org } = useSignedInMe();
  const testId = `customer-custom-${field.key}`;
  const options = field.options.map((option) => ({ value: option, label: option }));
  switch (field.type) {
    case 'long_text':
      return (
        <Input.TextArea
          value={value as string}
          onChange={(e) => onChange?.(e.target.value)}
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={10_000}
          data-testid={testId}
        />
      );
    case 'number':
      return (
        <InputNumber
          value={value as number}
          onChange={onChange}
          style={{ width: '100%' }}
          data-testid={testId}
        />
      );
    case 'money':
      return (
        <InputNumber
          value={value as number}
          onChange={onChange}
          min={0}
          precision={minorUnitDigits(org.currency)}
          prefix={currencySymbol(org.currency, i18n.language)}
          style={{ width: '100%' }}
          data-testid={testId}
        />
      );
    case 'date':
      return (
        <DatePicker
          value={value as never}
          onChange={onChange}
          style={{ width: '100%' }}
          data-testid={testId}
        />
      );
    case 'select':
      return (
        <Select
          value={value as string}
          onChange={onChange}
          options={options}
          allowClear
          data-testid={testId}
        />
      );
    case 'multi_select':
      return (
        <Select
          mode="multiple"
          value={value as string[]}
          onChange={onChange}
          options={options}
          allowClear
          data-testid={testId}
        />
      );
    case 'boolean':
      return <Switch checked={!!value} onChange={onChange} data-testid={testId} />;
    case 'user':
      return <UserSelect value={value as string} onChange={onChange} data-testid={testId} />;
    default:
      return (
        <Input
          value={value as string}
          onChange={(e) => onChange?.(e.target.value)}
          maxLength={500}
          data-testid={testId}
        />
      );
  }
};
