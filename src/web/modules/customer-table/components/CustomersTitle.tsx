import { Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type CustomersTitleProps = {
  deleted: boolean;
  count: { count: number; estimated: boolean } | undefined;
  counting: boolean;
};

/** "Customers" and how many match, counted separately from the page (a spinner while counting). */
export const CustomersTitle = ({ deleted, count, counting }: CustomersTitleProps) => {
  const { t, i18n } = useTranslation();
  const number = count ? count.count.toLocaleString(i18n.language) : '';
  return (
    <Flex align="center" gap={12}>
      <span>{t(deleted ? 'customerTable.binTitle' : 'customerTable.title')}</span>
      <Tag
        variant="filled"
        style={{ fontSize: 13, fontWeight: 400, marginInlineEnd: 0 }}
        data-testid="customers-count"
        data-count={count && !counting ? count.count : undefined}
        aria-busy={counting}
      >
        {counting || !count ? (
          <Flex align="center" gap={6}>
            <Spin size="small" />
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('customerTable.counting')}
            </Typography.Text>
          </Flex>
        ) : (
          t(
            count.estimated
              ? 'customerTable.countEstimated'
              : count.count === 1
                ? 'customerTable.countOne'
                : 'customerTable.count',
            { n: number },
          )
        )}
      </Tag>
    </Flex>
  );
};
