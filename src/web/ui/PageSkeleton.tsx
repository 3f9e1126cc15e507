import { Card, Skeleton } from 'antd';

/** Placeholder while a lazily loaded page arrives. */
export const PageSkeleton = () => (
  <div>
    <Skeleton
      active
      title={{ width: 240 }}
      paragraph={{ rows: 1, width: 420 }}
      style={{ marginBottom: 24 }}
    />
    <Card>
      <Skeleton active paragraph={{ rows: 6 }} />
    </Card>
  </div>
);
