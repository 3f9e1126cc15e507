import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Level = 'tooShort' | 'weak' | 'fair' | 'good' | 'strong';

/** A rough strength estimate from length and variety; the server still refuses common passwords. */
const scorePassword = (password: string): { level: Level; steps: number } => {
  if (password.length < 10) return { level: 'tooShort', steps: password.length === 0 ? 0 : 1 };
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const unique = new Set(password).size;
  let score = (password.length >= 14 ? 2 : 1) + (classes >= 3 ? 2 : classes === 2 ? 1 : 0);
  if (unique < 5) score = 1;
  if (score <= 1) return { level: 'weak', steps: 2 };
  if (score === 2) return { level: 'fair', steps: 3 };
  if (score === 3) return { level: 'good', steps: 4 };
  return { level: 'strong', steps: 5 };
};

const colors: Record<Level, string> = {
  tooShort: '#e11d48',
  weak: '#f97316',
  fair: '#f59e0b',
  good: '#22c55e',
  strong: '#16a34a',
};

/** The strength hint under a new-password field. */
export const PasswordStrength = ({ password }: { password: string | undefined }) => {
  const { t } = useTranslation();
  const { level, steps } = scorePassword(password ?? '');
  return (
    <Flex vertical gap={2} style={{ marginTop: 6 }} data-testid="password-strength" data-level={level}>
      <Progress
        percent={steps * 20}
        steps={5}
        showInfo={false}
        strokeColor={colors[level]}
        size={{ width: 40, height: 6 }}
        aria-hidden
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {password
          ? t('common.password.strength', { level: t(`common.password.levels.${level}`) })
          : t('common.password.hint')}
      </Typography.Text>
    </Flex>
  );
};
