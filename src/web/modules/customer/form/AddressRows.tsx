import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { contactLabelKeys } from '../hooks/use-contact-label';
import { AddressRow } from './AddressRow';
import { keepOnePrimary } from './PrimaryRadio';

/** Repeatable addresses; each switches between the Chinese and the international form by country. */
export const AddressRows = () => {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Form.List name="addresses">
      {(rows, { add, remove }) => (
        <Flex vertical gap={12}>
          {rows.map((row, index) => (
            <AddressRow
              key={row.key}
              name={row.name}
              index={index}
              showPrimary={rows.length > 1}
              onRemove={() => {
                remove(row.name);
                keepOnePrimary(form, 'addresses');
              }}
            />
          ))}
          {rows.length < 10 && (
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() =>
                add({
                  label: contactLabelKeys.address[0],
                  country: 'CN',
                  region: [],
                  primary: rows.length === 0,
                })
              }
              data-testid="customer-address-add"
              style={{ alignSelf: 'flex-start', marginBottom: 12 }}
            >
              {t('customer.form.addAddress')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
};
