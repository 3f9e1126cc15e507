import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Modal, Spin, Typography, theme } from 'antd';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { useCan } from '../../auth/hooks/use-can';
import { useCustomerSearch } from '../api/customer-search.api';
import { SearchHitRow } from './SearchHitRow';

type QuickSearchModalProps = { open: boolean; onClose: () => void };

/**
 * Ctrl/⌘ K from anywhere: type a name, pinyin (zhangsan, zs), phone, email or company; arrows
 * move, Enter opens the customer, Esc closes.
 */
export const QuickSearchModal = ({ open, onClose }: QuickSearchModalProps) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const can = useCan();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), 150);
  const { data: hits, isFetching, isPlaceholderData, error } = useCustomerSearch(q, 10);
  const results = q ? (hits ?? []) : [];

  useEffect(() => setActive(0), [q]);
  useEffect(() => {
    document.getElementById(`quick-search-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const openCustomer = (id: string) => {
    onClose();
    navigate(`/customers/${id}`);
  };
  const createCustomer = () => {
    onClose();
    navigate(`/customers/new?name=${encodeURIComponent(text.trim())}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + results.length) % results.length);
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      const hit = results[active];
      if (hit) openCustomer(hit.id);
    }
  };

  const settled = q === text.trim() && !isPlaceholderData;
  const body = !q ? (
    <Typography.Text type="secondary" style={{ display: 'block', padding: '16px 12px' }}>
      {t('customer.search.hint')}
    </Typography.Text>
  ) : error ? (
    <Typography.Text type="danger" style={{ display: 'block', padding: '16px 12px' }}>
      {error.message}
    </Typography.Text>
  ) : results.length > 0 ? (
    <Flex vertical gap={2} role="listbox" id="quick-search-results" aria-label={t('customer.search.results')}>
      {results.map((hit, index) => (
        <SearchHitRow
          key={hit.id}
          hit={hit}
          index={index}
          active={index === active}
          onHover={() => setActive(index)}
          onOpen={() => openCustomer(hit.id)}
        />
      ))}
    </Flex>
  ) : isFetching || !settled ? (
    <Flex justify="center" style={{ padding: 24 }}>
      <Spin />
    </Flex>
  ) : (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t('customer.search.empty', { q })}
      data-testid="quick-search-empty"
    >
      {can('customers.write') && (
        <Button icon={<PlusOutlined />} onClick={createCustomer} data-testid="quick-search-create">
          {t('customer.search.create', { name: text.trim() })}
        </Button>
      )}
    </Empty>
  );

  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      closable={false}
      destroyOnHidden
      width={640}
      style={{ top: 80 }}
      styles={{ container: { padding: 0 } }}
      aria-label={t('customer.search.title')}
      data-testid="quick-search-modal"
    >
      <div style={{ padding: '12px 12px 0' }}>
        <Input
          autoFocus
          size="large"
          variant="borderless"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          prefix={<SearchOutlined style={{ opacity: 0.55 }} />}
          suffix={isFetching && q ? <Spin size="small" /> : null}
          placeholder={t('customer.search.placeholder')}
          aria-label={t('customer.search.placeholder')}
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls="quick-search-results"
          aria-activedescendant={results.length > 0 ? `quick-search-option-${active}` : undefined}
          data-testid="quick-search-input"
        />
      </div>
      <div style={{ borderTop: `1px solid ${token.colorBorderSecondary}`, marginTop: 8 }} />
      <div style={{ maxHeight: 'min(60vh, 460px)', overflowY: 'auto', padding: 8 }}>{body}</div>
      <Flex
        gap={16}
        wrap
        style={{
          borderTop: `1px solid ${token.colorBorderSecondary}`,
          padding: '8px 16px',
          fontSize: 12,
          color: token.colorTextTertiary,
        }}
      >
        <span>
          <Typography.Text keyboard>↑</Typography.Text>
          <Typography.Text keyboard>↓</Typography.Text> {t('customer.search.keys.move')}
        </span>
        <span>
          <Typography.Text keyboard>↵</Typography.Text> {t('customer.search.keys.open')}
        </span>
        <span>
          <Typography.Text keyboard>Esc</Typography.Text> {t('customer.search.keys.close')}
        </span>
      </Flex>
    </Modal>
  );
};
