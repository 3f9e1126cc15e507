import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';

type PrimaryRadioProps = { listName: 'phones' | 'emails' | 'addresses'; index: number; testId?: string };

/** One primary per list: choosing this row clears the others. */
export const PrimaryRadio = ({ listName, index, testId }: PrimaryRadioProps) => {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  // `primary` has no Form.Item of its own, so the watch must read unregistered values too.
  const checked = Form.useWatch([listName, index, 'primary'], { form, preserve: true }) as
    boolean | undefined;
  const choose = () => {
    const rows = (form.getFieldValue(listName) ?? []) as { primary: boolean }[];
    form.setFieldValue(
      listName,
      rows.map((row, i) => ({ ...row, primary: i === index })),
    );
  };
  return (
    <Radio
      checked={!!checked}
      onChange={choose}
      data-testid={testId}
      style={{ whiteSpace: 'nowrap', marginTop: 5 }}
    >
      {t('customer.form.primary')}
    </Radio>
  );
};

/** After a row is removed, the first remaining row becomes primary if none is. */
export const keepOnePrimary = (
  form: ReturnType<typeof Form.useFormInstance>,
  listName: PrimaryRadioProps['listName'],
) => {
  const rows = (form.getFieldValue(listName) ?? []) as { primary: boolean }[];
  if (rows.length > 0 && !rows.some((row) => row.primary))
    form.setFieldValue(
      listName,
      rows.map((row, i) => ({ ...row, primary: i === 0 })),
    );
};
