import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFieldOption } from '../../../../shared/contracts/imports';

const IGNORE = '__ignore__';

type FieldSelectProps = {
  fields: readonly ImportFieldOption[];
  value: string | null;
  onChange: (field: string | null) => void;
  status?: 'warning';
  testId: string;
  ariaLabel: string;
};

/** The customer field one column fills, or "ignore this column". */
export const FieldSelect = ({ fields, value, onChange, status, testId, ariaLabel }: FieldSelectProps) => {
  const { t } = useTranslation();
  const options = useMemo(() => {
    const label = (f: ImportFieldOption) => {
      const name = f.type ? f.label : t(`importWizard.fields.${f.key}`, { defaultValue: f.label });
      return f.required ? `${name} (${t('importWizard.mapping.required')})` : name;
    };
    const toOption = (f: ImportFieldOption) => ({ value: f.key, label: label(f) });
    const custom = fields.filter((f) => f.type !== null);
    return [
      { value: IGNORE, label: t('importWizard.mapping.ignore') },
      {
        label: t('importWizard.mapping.builtIn'),
        options: fields.filter((f) => f.type === null).map(toOption),
      },
      ...(custom.length > 0
        ? [{ label: t('importWizard.mapping.custom'), options: custom.map(toOption) }]
        : []),
    ];
  }, [fields, t]);
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? IGNORE}
      onChange={(next) => onChange(next === IGNORE ? null : next)}
      options={options}
      status={status}
      style={{ width: '100%' }}
      aria-label={ariaLabel}
      data-testid={testId}
    />
  );
};
