import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons shown on the right, e.g. "Invite". */
  extra?: ReactNode;
  level?: 2 | 3 | 4;
};

/** The title block at the top of a page or a settings section. */
export const PageHeader = ({ title, description, extra, level = 3 }: PageHeaderProps) => (
  <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 20 }}>
    <div style={{ minWidth: 0 }}>
      <Typography.Title level={level} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {description && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {description}
        </Typography.Paragraph>
      )}
    </div>
    {extra && (
      <Flex gap={8} wrap>
        {extra}
      </Flex>
    )}
  </Flex>
);
