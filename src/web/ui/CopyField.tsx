import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { App, Button, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyFieldProps = {
  value: string;
  /** data-testid of the read-only input holding the value. */
  testId?: string;
  ariaLabel?: string;
  monospace?: boolean;
};

/** A read-only value with a copy button; used for secrets and links shown once. */
export const CopyField = ({ value, testId, ariaLabel, monospace = true }: CopyFieldProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      message.warning(t('common.feedback.copyFailed'));
    }
  };

  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        readOnly
        value={value}
        aria-label={ariaLabel}
        data-testid={testId}
        onFocus={(event) => event.target.select()}
        style={
          monospace ? { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } : undefined
        }
      />
      <Button
        type="primary"
        icon={copied ? <CheckOutlined /> : <CopyOutlined />}
        onClick={() => void copy()}
        data-testid={testId ? `${testId}-copy` : undefined}
      >
        {copied ? t('common.actions.copied') : t('common.actions.copy')}
      </Button>
    </Space.Compact>
  );
};
