import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** What an order file must look like, shown beside the empty upload area. */
export const OrderFileShape = () => {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      title={t('orderImport.upload.shapeTitle')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          <li>{t('orderImport.upload.shapeRows')}</li>
          <li>{t('orderImport.upload.shapeReturns')}</li>
          <li>{t('orderImport.upload.shapeAgain')}</li>
        </ul>
      }
    />
  );
};
