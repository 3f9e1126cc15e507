import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmailSchema } from '../../../../shared/contracts/common';
import { PhoneEntrySchema } from '../../../../shared/contracts/customers';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { contactLabelKeys, useContactLabel } from '../hooks/use-contact-label';
import { keepOnePrimary, PrimaryRadio } from './PrimaryRadio';

type ContactRowsProps = { kind: 'phone' | 'email'; onBlur: () => void };

const phoneRule = PhoneEntrySchema.shape.number.optional();
const emailRule = EmailSchema.optional();

/** Repeatable phone or email rows: label, value, primary. Blank rows are ignored on save. */
export const ContactRows = ({ kind, onBlur }: ContactRowsProps) => {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const zodRule = useZodRule();
  const contactLabel = useContactLabel();
  const listName = kind === 'phone' ? 'phones' : 'emails';
  const valueName = kind === 'phone' ? 'number' : 'address';
  const labels = contactLabelKeys[kind].map((key) => ({ value: key, label: contactLabel(kind, key) }));

  return (
    <Form.Item
      label={t(kind === 'phone' ? 'customer.fields.phones' : 'customer.fields.emails')}
      style={{ marginBottom: 12 }}
    >
      <Form.List name={listName}>
        {(rows, { add, remove }) => (
          <Flex vertical gap={8}>
            {rows.map((row, index) => (
              <Flex key={row.key} gap={8} align="flex-start">
                <Form.Item style={{ flex: 1, marginBottom: 0, minWidth: 0 }}>
                  <Space.Compact block>
                    <Form.Item name={[row.name, 'label']} noStyle>
                      <Select
                        options={labels}
                        style={{ width: 100, flex: 'none' }}
                        aria-label={t('customer.form.label')}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, valueName]}
                      noStyle
                      validateTrigger="onBlur"
                      rules={[zodRule(kind === 'phone' ? phoneRule : emailRule)]}
                    >
                      <Input
                        inputMode={kind === 'phone' ? 'tel' : 'email'}
                        placeholder={t(
                          kind === 'phone'
                            ? 'customer.form.phonePlaceholder'
                            : 'customer.form.emailPlaceholder',
                        )}
                        onBlur={onBlur}
                        data-testid={`customer-${kind}-input-${index}`}
                      />
                    </Form.Item>
                  </Space.Compact>
                </Form.Item>
                {rows.length > 1 && <PrimaryRadio listName={listName} index={row.name} />}
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('customer.form.removeRow')}
                  onClick={() => {
                    remove(row.name);
                    keepOnePrimary(form, listName);
                  }}
                  data-testid={`customer-${kind}-remove-${index}`}
                />
              </Flex>
            ))}
            {rows.length < 10 && (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() =>
                  add({ label: contactLabelKeys[kind][0], [valueName]: '', primary: rows.length === 0 })
                }
                data-testid={`customer-${kind}-add`}
                style={{ alignSelf: 'flex-start' }}
              >
                {t(kind === 'phone' ? 'customer.form.addPhone' : 'customer.form.addEmail')}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
};
