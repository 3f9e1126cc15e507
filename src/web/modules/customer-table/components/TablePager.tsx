import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { savedViewPageSizes } from '../../../../shared/contracts/saved-views';

type TablePagerProps = {
  page: number;
  pageSize: number;
  rows: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (size: number) => void;
};

/** Keyset paging: previous and next only (no jumping to page 500 of a million rows), and the page size. */
export const TablePager = ({
  page,
  pageSize,
  rows,
  hasNext,
  onPrevious,
  onNext,
  onPageSize,
}: TablePagerProps) => {
  const { t } = useTranslation();
  const from = (page - 1) * pageSize + 1;
  return (
    <Flex
      justify="flex-end"
      align="center"
      gap={12}
      wrap
      style={{ marginTop: 16 }}
      data-testid="customers-pager"
    >
      {rows > 0 && (
        <Typography.Text type="secondary">
          {t('customerTable.paging.range', { from, to: from + rows - 1 })}
        </Typography.Text>
      )}
      <Button
        icon={<LeftOutlined />}
        disabled={page <= 1}
        onClick={onPrevious}
        aria-label={t('customerTable.paging.previous')}
        title={t('customerTable.paging.previous')}
        data-testid="customers-page-previous"
      />
      <Typography.Text data-testid="customers-page">
        {t('customerTable.paging.page', { page })}
      </Typography.Text>
      <Button
        icon={<RightOutlined />}
        disabled={!hasNext}
        onClick={onNext}
        aria-label={t('customerTable.paging.next')}
        title={t('customerTable.paging.next')}
        data-testid="customers-page-next"
      />
      <Select<number>
        value={pageSize}
        style={{ width: 130 }}
        options={savedViewPageSizes.map((size) => ({
          value: size,
          label: t('customerTable.paging.pageSize', { size }),
        }))}
        onChange={onPageSize}
        aria-label={t('customerTable.paging.pageSize', { size: pageSize })}
        data-testid="customers-page-size"
      />
    </Flex>
  );
};
