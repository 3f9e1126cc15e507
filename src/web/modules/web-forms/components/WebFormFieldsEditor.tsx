import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, Select, Tooltip, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WebFormField } from '../../../../shared/contracts/web-forms';
import { useFormFieldOptions } from './use-form-field-options';

/** The list of fields on a form: which customer field, the label visitors see, required or not, order. */
export const WebFormFieldsEditor = ({ form }: { form: FormInstance }) => {
  const { t } = useTranslation();
  const { options, labelOf } = useFormFieldOptions();
  const chosen = (Form.useWatch('fields', form) as WebFormField[] | undefined) ?? [];

  return (
    <Form.List name="fields">
      {(rows, { add, remove, move }) => (
        <Flex vertical gap={8}>
          {rows.map((row, index) => {
            const isName = chosen[index]?.field === 'name';
            return (
              <Flex key={row.key} gap={8} align="flex-start" data-testid={`web-form-field-${index}`}>
                <Form.Item
                  name={[row.name, 'field']}
                  style={{ width: 170, marginBottom: 0 }}
                  rules={[{ required: true }]}
                >
                  <Select
                    aria-label={t('dedupe.webForms.editor.field')}
                    options={options.map((o) => ({
                      ...o,
                      disabled: o.value !== chosen[index]?.field && chosen.some((c) => c?.field === o.value),
                    }))}
                    onChange={(value: string) =>
                      form.setFieldValue(['fields', row.name, 'label'], labelOf(value))
                    }
                  />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'label']}
                  style={{ flex: 1, marginBottom: 0 }}
                  rules={[{ required: true, whitespace: true, max: 100 }]}
                >
                  <Input
                    placeholder={t('dedupe.webForms.editor.label')}
                    aria-label={t('dedupe.webForms.editor.label')}
                  />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'required']}
                  valuePropName="checked"
                  style={{ marginBottom: 0, paddingTop: 5 }}
                >
                  <Checkbox disabled={isName}>{t('dedupe.webForms.editor.required')}</Checkbox>
                </Form.Item>
                <Tooltip title={t('dedupe.webForms.editor.moveUp')}>
                  <Button
                    icon={<ArrowUpOutlined />}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                    aria-label={t('dedupe.webForms.editor.moveUp')}
                  />
                </Tooltip>
                <Tooltip title={t('dedupe.webForms.editor.moveDown')}>
                  <Button
                    icon={<ArrowDownOutlined />}
                    disabled={index === rows.length - 1}
                    onClick={() => move(index, index + 1)}
                    aria-label={t('dedupe.webForms.editor.moveDown')}
                  />
                </Tooltip>
                <Tooltip title={t('dedupe.webForms.editor.remove')}>
                  <Button
                    icon={<DeleteOutlined />}
                    danger
                    disabled={isName}
                    onClick={() => remove(row.name)}
                    aria-label={t('dedupe.webForms.editor.remove')}
                  />
                </Tooltip>
              </Flex>
            );
          })}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={rows.length >= Math.min(20, options.length)}
            onClick={() => {
              const free = options.find((o) => !chosen.some((c) => c?.field === o.value));
              if (free) add({ field: free.value, label: free.label, required: false });
            }}
            data-testid="web-form-add-field"
          >
            {t('dedupe.webForms.editor.addField')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
};
