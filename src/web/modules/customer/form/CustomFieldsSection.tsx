import { Col, Form, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomField } from '../../../../shared/contracts/custom-fields';
import { CustomFieldInput } from './CustomFieldInput';

/** The organisation's own fields, in the admin's order; required ones are marked and checked. */
export const CustomFieldsSection = ({ fields }: { fields: CustomField[] }) => {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      {fields.map((field) => (
        <Col key={field.key} xs={24} md={field.type === 'long_text' ? 24 : 12}>
          <Form.Item
            name={['custom', field.key]}
            label={field.label}
            required={field.required}
            rules={field.required ? [{ required: true, message: t('common.validation.required') }] : []}
          >
            <CustomFieldInput field={field} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
};
