import { BankOutlined, UserOutlined } from '@ant-design/icons';
import { Col, DatePicker, Form, Input, Radio, Row, Segmented } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CustomerCreateSchema, genders } from '../../../../shared/contracts/customers';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { CompanyPicker } from './CompanyPicker';

type IdentitySectionProps = {
  /** The kind is fixed once a customer exists. */
  kindLocked: boolean;
  companyName: string | null;
  onContactBlur: () => void;
};

/** Person or company, name, and for people their employer, title, gender and birthday. */
export const IdentitySection = ({ kindLocked, companyName, onContactBlur }: IdentitySectionProps) => {
  const { t } = useTranslation();
  const zodRule = useZodRule();
  const kind = Form.useWatch('kind') as 'person' | 'company' | undefined;
  const person = kind !== 'company';
  return (
    <>
      <Form.Item name="kind" label={t('customer.fields.kind')}>
        <Segmented
          disabled={kindLocked}
          data-testid="customer-kind"
          options={[
            { value: 'person', label: t('customer.kinds.person'), icon: <UserOutlined /> },
            { value: 'company', label: t('customer.kinds.company'), icon: <BankOutlined /> },
          ]}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="name"
            label={t(person ? 'customer.fields.name' : 'customer.form.companyName')}
            required
            rules={[zodRule(CustomerCreateSchema.shape.name)]}
          >
            <Input
              autoFocus
              maxLength={200}
              onBlur={onContactBlur}
              placeholder={t(
                person ? 'customer.form.namePlaceholder' : 'customer.form.companyNamePlaceholder',
              )}
              data-testid="customer-name-input"
            />
          </Form.Item>
        </Col>
        {person && (
          <Col xs={24} md={12}>
            <Form.Item name="companyId" label={t('customer.fields.companyId')}>
              <CompanyPicker initialName={companyName} />
            </Form.Item>
          </Col>
        )}
      </Row>
      {person && (
        <Row gutter={16}>
          <Col xs={24} md={9}>
            <Form.Item name="title" label={t('customer.fields.title')}>
              <Input
                maxLength={100}
                placeholder={t('customer.form.titlePlaceholder')}
                data-testid="customer-title-input"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14} md={8}>
            <Form.Item name="gender" label={t('customer.fields.gender')}>
              <Radio.Group
                optionType="button"
                options={genders.map((gender) => ({ value: gender, label: t(`customer.genders.${gender}`) }))}
                data-testid="customer-gender"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10} md={7}>
            <Form.Item name="birthday" label={t('customer.fields.birthday')}>
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(date) => date.isAfter(dayjs())}
                data-testid="customer-birthday"
              />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
};
