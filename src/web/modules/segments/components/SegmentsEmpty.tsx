import { ClusterOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** No segments yet: they are made from the customer table's filter, or here. */
export const SegmentsEmpty = ({ onCreate }: { onCreate?: () => void }) => {
  const { t } = useTranslation();
  return (
    <Empty
      image={<ClusterOutlined style={{ fontSize: 56, opacity: 0.35 }} />}
      styles={{ image: { height: 64 } }}
      description={
        <Flex vertical gap={4} align="center" style={{ maxWidth: 520, margin: '0 auto' }}>
          <Typography.Text strong>{t('segments.empty.title')}</Typography.Text>
          <Typography.Text type="secondary">{t('segments.empty.body')}</Typography.Text>
        </Flex>
      }
      data-testid="segments-empty"
    >
      <Flex gap={8} justify="center" wrap>
        <Link to="/customers">
          <Button>{t('segments.empty.toTable')}</Button>
        </Link>
        {onCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
            {t('segments.create')}
          </Button>
        )}
      </Flex>
    </Empty>
  );
};
