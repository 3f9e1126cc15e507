import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { productsExportUrl, useImportProducts } from '../api/product-file.api';

type Issue = { path: string; message: string };

/** Export the catalogue as CSV, and (for catalogue managers) import one: created or updated by SKU. */
export const ProductFileButtons = ({ manage }: { manage: boolean }) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const importProducts = useImportProducts();
  const upload = async (file: File) => {
    try {
      const result = await importProducts.mutateAsync(file);
      message.success(t('products.file.imported', result));
    } catch (error) {
      const issues = ((error as AppError).details as { issues?: Issue[] } | undefined)?.issues ?? [];
      modal.error({
        title: t('products.file.failed'),
        width: 560,
        content: (
          <div data-testid="product-import-problems">
            <p>{(error as Error).message}</p>
            <ul>
              {issues.slice(0, 20).map((i) => (
                <li key={i.path}>
                  {i.path}: {i.message}
                </li>
              ))}
            </ul>
          </div>
        ),
      });
    }
    return false;
  };
  return (
    <Space>
      <Button icon={<DownloadOutlined />} href={productsExportUrl} download data-testid="products-export">
        {t('products.file.export')}
      </Button>
      {manage && (
        <Upload accept=".csv,text/csv" showUploadList={false} beforeUpload={upload}>
          <Button icon={<UploadOutlined />} loading={importProducts.isPending} data-testid="products-import">
            {t('products.file.import')}
          </Button>
        </Upload>
      )}
    </Space>
  );
};
