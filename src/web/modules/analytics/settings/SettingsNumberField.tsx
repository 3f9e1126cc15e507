import { Form, InputNumber, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldName } from './settings-issues';

type SettingsNumberFieldProps = {
  name: FieldName;
  label: string;
  min: number;
  max: number;
  step?: number;
  /** Days, months and score bounds are whole numbers. */
  whole?: boolean;
  /** Rules between fields, e.g. at-risk days below churn days. */
  rules?: FormRule[];
  dependencies?: FieldName[];
  suffix?: string;
  testId: string;
};

/** A number setting with the contract's bounds, checked as it is typed, in the person's language. */
export const SettingsNumberField = (props: SettingsNumberFieldProps) => {
  const { t } = useTranslation();
  const bounds: FormRule = {
    validator: async (_, value: unknown) => {
      if (value === null || value === undefined || value === '')
        throw new Error(t('analytics.settings.errors.required'));
      const n = Number(value);
      if (props.whole && !Number.isInteger(n)) throw new Error(t('analytics.settings.errors.whole'));
      if (n < props.min || n > props.max)
        throw new Error(t('analytics.settings.errors.range', { min: props.min, max: props.max }));
    },
  };
  return (
    <Form.Item
      name={props.name}
      label={props.label}
      rules={[bounds, ...(props.rules ?? [])]}
      dependencies={props.dependencies}
    >
      <InputNumber<number>
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        suffix={props.suffix}
        style={{ width: '100%' }}
        data-testid={props.testId}
      />
    </Form.Item>
  );
};
