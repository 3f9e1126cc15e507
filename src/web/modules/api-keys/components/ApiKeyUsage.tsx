import { Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';

/** The curl line showing how a key is sent; uses the real secret when there is one. */
export const ApiKeyUsage = ({ secret }: { secret?: string }) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const command = `curl -H "Authorization: Bearer ${secret ?? '<key>'}" ${window.location.origin}/api/v1/auth/me`;
  return (
    <div>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('system.apiKeys.usageIntro')}
      </Typography.Paragraph>
      <Typography.Paragraph
        copyable={{ text: command }}
        style={{
          margin: 0,
          padding: '10px 14px',
          borderRadius: token.borderRadius,
          background: token.colorFillQuaternary,
          border: `1px solid ${token.colorBorderSecondary}`,
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          fontSize: 12.5,
          wordBreak: 'break-all',
        }}
        data-testid="api-key-usage"
      >
        {command}
      </Typography.Paragraph>
    </div>
  );
};
