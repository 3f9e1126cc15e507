import { SearchOutlined } from '@ant-design/icons';
import { App, Input, Typography, type InputRef } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The header search box (Ctrl/⌘ K). Search itself arrives with the customers module. */
export const QuickSearch = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const inputRef = useRef<InputRef>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <Input
      ref={inputRef}
      allowClear
      variant="filled"
      prefix={<SearchOutlined style={{ opacity: 0.55 }} />}
      suffix={
        <Typography.Text type="secondary" keyboard style={{ fontSize: 11 }}>
          {isMac ? '⌘K' : 'Ctrl K'}
        </Typography.Text>
      }
      placeholder={t('shell.header.searchPlaceholder')}
      aria-label={t('shell.header.searchPlaceholder')}
      data-testid="quick-search"
      onPressEnter={() => message.info(t('shell.header.searchSoon'))}
      style={{ width: '100%', maxWidth: 380 }}
    />
  );
};
