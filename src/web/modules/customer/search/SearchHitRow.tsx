import { BankOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Flex, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../api/customer-search.api';
import { HighlightedName } from './HighlightedName';

type SearchHitRowProps = {
  hit: SearchHit;
  index: number;
  active: boolean;
  onHover: () => void;
  onOpen: () => void;
};

/** One search result: name with matches marked, what matched, and company, city and phone to tell people apart. */
export const SearchHitRow = ({ hit, index, active, onHover, onOpen }: SearchHitRowProps) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const company = hit.kind === 'company';
  const details = [hit.companyName, hit.city, hit.primaryPhone, hit.primaryEmail].filter(Boolean);
  return (
    <Flex
      role="option"
      id={`quick-search-option-${index}`}
      aria-selected={active}
      gap={12}
      align="center"
      onMouseMove={onHover}
      onClick={onOpen}
      data-testid={`quick-search-result-${index}`}
      style={{
        padding: '8px 12px',
        borderRadius: token.borderRadius,
        cursor: 'pointer',
        background: active ? token.controlItemBgActive : undefined,
      }}
    >
      <Avatar
        size={32}
        shape={company ? 'square' : 'circle'}
        icon={company ? <BankOutlined /> : <UserOutlined />}
        style={{ flex: 'none', background: company ? token.colorPrimary : token.colorTextQuaternary }}
      />
      <Flex vertical style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong ellipsis>
          <HighlightedName parts={hit.highlight} fallback={hit.name} />
        </Typography.Text>
        {details.length > 0 && (
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
            {details.join(' · ')}
          </Typography.Text>
        )}
      </Flex>
      <Tag style={{ marginInlineEnd: 0, flex: 'none' }}>
        {t(`customer.search.matchedOn.${hit.matchedOn}`)}
      </Tag>
    </Flex>
  );
};
