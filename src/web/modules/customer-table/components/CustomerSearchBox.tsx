import { SearchOutlined } from '@ant-design/icons';
import { Input, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../ui/use-debounced-value';

type CustomerSearchBoxProps = { value: string; onSearch: (q: string) => void };

/** Search as you type (debounced; pinyin and phone fragments are matched by the server). "/" jumps here. */
export const CustomerSearchBox = ({ value, onSearch }: CustomerSearchBoxProps) => {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const settled = useDebouncedValue(text, 300);
  const input = useRef<InputRef>(null);
  const last = useRef(value);

  useEffect(() => {
    // A view or "clear" changed the search from outside: show it.
    if (value !== last.current) {
      last.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    if (settled.trim() === last.current.trim()) return;
    last.current = settled;
    onSearch(settled);
  }, [settled, onSearch]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key !== '/' || target.closest('input, textarea, [contenteditable="true"]')) return;
      e.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <Input
      ref={input}
      allowClear
      prefix={<SearchOutlined />}
      placeholder={t('customerTable.search.placeholder')}
      value={text}
      maxLength={100}
      onChange={(e) => setText(e.target.value)}
      onPressEnter={() => {
        last.current = text;
        onSearch(text);
      }}
      style={{ width: 280 }}
      aria-label={t('customerTable.search.label')}
      title={t('customerTable.search.shortcut')}
      data-testid="customers-search"
    />
  );
};
