import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

type CustomersEmptyProps = {
  /** Why nothing shows: no customers at all, nothing matching, or an empty bin. */
  reason: 'none' | 'filtered' | 'bin';
  onClear: () => void;
  canCreate: boolean;
  canImport: boolean;
};

/** What the table shows without rows, with the way forward. */
export const CustomersEmpty = ({ reason, onClear, canCreate, canImport }: CustomersEmptyProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (reason === 'bin')
    return <Empty description={t('customerTable.empty.bin')} data-testid="customers-empty" />;
  if (reason === 'filtered')
    return (
      <Empty
        description={`${t('customerTable.empty.filtered')} · ${t('customerTable.empty.filteredHint')}`}
        data-testid="customers-empty"
      >
        <Button onClick={onClear} data-testid="customers-clear-filters">
          {t('customerTable.empty.clear')}
        </Button>
      </Empty>
    );
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Flex vertical gap={4}>
          <strong>{t('customerTable.empty.title')}</strong>
          <span>{t('customerTable.empty.description')}</span>
        </Flex>
      }
      data-testid="customers-empty"
    >
      <Flex gap={8} justify="center">
        {canCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/customers/new')}
            data-testid="customers-empty-new"
          >
            {t('customerTable.newCustomer')}
          </Button>
        )}
        {canImport && (
          <Button
            icon={<ImportOutlined />}
            onClick={() => void navigate('/customers/import')}
            data-testid="customers-empty-import"
          >
            {t('customerTable.import')}
          </Button>
        )}
      </Flex>
    </Empty>
  );
};
