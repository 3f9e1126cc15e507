import { DeleteOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, Row, Select, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../ui/CountrySelect';
import { contactLabelKeys, useContactLabel } from '../hooks/use-contact-label';
import { PrimaryRadio } from './PrimaryRadio';
import { RegionCascader } from './RegionCascader';

type AddressRowProps = { name: number; index: number; showPrimary: boolean; onRemove: () => void };

/** One address: province/city/district from the region list in China, free text elsewhere. */
export const AddressRow = ({ name, index, showPrimary, onRemove }: AddressRowProps) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const form = Form.useFormInstance();
  const contactLabel = useContactLabel();
  const country = (Form.useWatch(['addresses', name, 'country'], form) as string | undefined) ?? 'CN';
  const chinese = country === 'CN';
  const labels = contactLabelKeys.address.map((key) => ({ value: key, label: contactLabel('address', key) }));
  const item = { style: { marginBottom: 12 } };

  return (
    <div
      style={{
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        padding: '12px 12px 0',
      }}
      data-testid={`customer-address-row-${index}`}
    >
      <Flex gap={8} align="flex-start" wrap>
        <Form.Item name={[name, 'label']} {...item}>
          <Select options={labels} style={{ width: 110 }} aria-label={t('customer.form.label')} />
        </Form.Item>
        <Form.Item
          name={[name, 'country']}
          {...item}
          style={{ ...item.style, flex: '1 1 160px', maxWidth: 240 }}
        >
          <CountrySelect
            aria-label={t('customer.form.country')}
            data-testid={`customer-address-country-${index}`}
          />
        </Form.Item>
        <Flex flex={1} justify="flex-end" gap={8}>
          {showPrimary && <PrimaryRadio listName="addresses" index={name} />}
          <Button
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('customer.form.removeRow')}
            onClick={onRemove}
            data-testid={`customer-address-remove-${index}`}
          />
        </Flex>
      </Flex>
      <Row gutter={12}>
        {chinese ? (
          <Col xs={24} md={12}>
            <Form.Item name={[name, 'region']} {...item}>
              <RegionCascader data-testid={`customer-address-region-${index}`} />
            </Form.Item>
          </Col>
        ) : (
          <>
            <Col xs={24} md={8}>
              <Form.Item name={[name, 'city']} {...item}>
                <Input placeholder={t('customer.form.city')} aria-label={t('customer.form.city')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={[name, 'province']} {...item}>
                <Input placeholder={t('customer.form.state')} aria-label={t('customer.form.state')} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={chinese ? 12 : 8}>
          <Form.Item name={[name, 'postcode']} {...item}>
            <Input placeholder={t('customer.form.postcode')} aria-label={t('customer.form.postcode')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={chinese ? 24 : 12}>
          <Form.Item name={[name, 'line1']} {...item}>
            <Input
              placeholder={t(chinese ? 'customer.form.streetCn' : 'customer.form.line1')}
              aria-label={t('customer.form.line1')}
              data-testid={`customer-address-line1-${index}`}
            />
          </Form.Item>
        </Col>
        {!chinese && (
          <Col xs={24} md={12}>
            <Form.Item name={[name, 'line2']} {...item}>
              <Input placeholder={t('customer.form.line2')} aria-label={t('customer.form.line2')} />
            </Form.Item>
          </Col>
        )}
      </Row>
    </div>
  );
};
