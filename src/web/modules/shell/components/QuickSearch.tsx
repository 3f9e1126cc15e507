import { SearchOutlined } from '@ant-design/icons';
import { Button, Typography, theme } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/hooks/use-can';
import { QuickSearchModal } from '../../customer/search/QuickSearchModal';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The header search button; Ctrl/⌘ K opens the same search from anywhere. */
export const QuickSearch = ({ compact = false }: { compact?: boolean }) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const can = useCan();
  const [open, setOpen] = useState(false);
  const allowed = can('customers.read');

  useEffect(() => {
    if (!allowed) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen((current) => !current);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [allowed]);

  if (!allowed) return null;
  const label = t('customer.search.trigger');
  return (
    <>
      {compact ? (
        <Button
          type="text"
          icon={<SearchOutlined />}
          aria-label={label}
          onClick={() => setOpen(true)}
          data-testid="quick-search"
        />
      ) : (
        <Button
          onClick={() => setOpen(true)}
          aria-label={label}
          aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
          data-testid="quick-search"
          style={{
            width: '100%',
            maxWidth: 380,
            justifyContent: 'space-between',
            background: token.colorFillTertiary,
            borderColor: 'transparent',
            color: token.colorTextTertiary,
          }}
        >
          <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', overflow: 'hidden' }}>
            <SearchOutlined />
            <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{label}</span>
          </span>
          <Typography.Text type="secondary" keyboard style={{ fontSize: 11 }}>
            {isMac ? '⌘K' : 'Ctrl K'}
          </Typography.Text>
        </Button>
      )}
      <QuickSearchModal open={open} onClose={() => setOpen(false)} />
    </>
  );
};
