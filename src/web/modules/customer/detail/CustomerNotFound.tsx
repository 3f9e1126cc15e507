import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A customer that does not exist, was merged away, or is not visible to this person. */
export const CustomerNotFound = () => {
  const { t } = useTranslation();
  return (
    <Card data-testid="customer-not-found">
      <Result
        status="404"
        title={t('customer.notFound.title')}
        subTitle={t('customer.notFound.subtitle')}
        extra={
          <Link to="/customers">
            <Button type="primary" data-testid="customer-not-found-back">
              {t('customer.notFound.back')}
            </Button>
          </Link>
        }
      />
    </Card>
  );
};
