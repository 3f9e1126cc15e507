import { ShoppingCartOutlined } from '@ant-design/icons';
import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Orders arrive with the orders module; until then the tab says where they will appear. */
export const PurchasesTab = () => {
  const { t } = useTranslation();
  return (
    <Empty
      image={<ShoppingCartOutlined style={{ fontSize: 48, opacity: 0.35 }} />}
      description={
        <>
          <Typography.Text strong>{t('customer.purchases.title')}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{t('customer.purchases.empty')}</Typography.Text>
        </>
      }
      data-testid="customer-purchases-empty"
    />
  );
};
