import { Checkbox, DatePicker, Input, InputNumber, Select } from 'antd';
import type { PublicWebForm } from '../../../../shared/contracts/web-forms';

type PublicField = PublicWebForm['fields'][number];

/** The control for one field of a public form, by the kind of value it takes. */
export const PublicFieldInput = ({ field, yes, ...props }: { field: PublicField; yes: string }) => {
  const testId = `public-field-${field.field}`;
  switch (field.input) {
    case 'textarea':
      return (
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={10_000}
          data-testid={testId}
          {...props}
        />
      );
    case 'tel':
      return (
        <Input type="tel" inputMode="tel" autoComplete="tel" maxLength={40} data-testid={testId} {...props} />
      );
    case 'email':
      return (
        <Input
          type="email"
          inputMode="email"
          autoComplete="email"
          maxLength={254}
          data-testid={testId}
          {...props}
        />
      );
    case 'number':
      return <InputNumber style={{ width: '100%' }} data-testid={testId} {...props} />;
    case 'date':
      return <DatePicker style={{ width: '100%' }} data-testid={testId} {...props} />;
    case 'select':
      return (
        <Select
          allowClear
          options={field.options.map((o) => ({ value: o, label: o }))}
          data-testid={testId}
          {...props}
        />
      );
    case 'multi_select':
      return (
        <Select
          mode="multiple"
          options={field.options.map((o) => ({ value: o, label: o }))}
          data-testid={testId}
          {...props}
        />
      );
    case 'boolean':
      return (
        <Checkbox data-testid={testId} {...props}>
          {yes}
        </Checkbox>
      );
    default:
      return (
        <Input
          maxLength={field.field === 'name' ? 200 : 500}
          autoComplete={
            field.field === 'name' ? 'name' : field.field === 'company' ? 'organization' : undefined
          }
          data-testid={testId}
          {...props}
        />
      );
  }
};
