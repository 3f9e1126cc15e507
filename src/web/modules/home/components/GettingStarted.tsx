import {
  ApiOutlined,
  ArrowRightOutlined,
  BankOutlined,
  IdcardOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { Button, Card, Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Permission } from '../../../../shared/permissions';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan } from '../../auth/hooks/use-can';

type Step = {
  key: 'invite' | 'org' | 'apiKey' | 'profile';
  testId: string;
  icon: ReactNode;
  to: string;
  permission?: Permission;
};

const steps: Step[] = [
  {
    key: 'invite',
    testId: 'getting-started-invite',
    icon: <UsergroupAddOutlined />,
    to: '/settings/users',
    permission: 'users.manage',
  },
  {
    key: 'org',
    testId: 'getting-started-org',
    icon: <BankOutlined />,
    to: '/settings/organisation',
    permission: 'org.manage',
  },
  {
    key: 'apiKey',
    testId: 'getting-started-api-key',
    icon: <ApiOutlined />,
    to: '/settings/api-keys',
    permission: 'apikeys.manage',
  },
  { key: 'profile', testId: 'getting-started-profile', icon: <IdcardOutlined />, to: '/settings/profile' },
];

/** Getting-started checklist on Home, limited to what the person may do. */
export const GettingStarted = () => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const can = useCan();
  const navigate = useNavigate();
  const visible = steps.filter((step) => !step.permission || can(step.permission));

  return (
    <Card>
      <PageHeader
        title={t('shell.home.gettingStarted.title')}
        description={t('shell.home.gettingStarted.subtitle')}
        level={4}
      />
      <Flex vertical gap={4}>
        {visible.map((step, index) => (
          <Flex
            key={step.key}
            align="center"
            gap={16}
            wrap
            style={{
              padding: '14px 4px',
              borderTop: index === 0 ? undefined : `1px solid ${token.colorBorderSecondary}`,
            }}
          >
            <Flex
              align="center"
              justify="center"
              style={{
                width: 44,
                height: 44,
                borderRadius: 12,
                fontSize: 20,
                flex: 'none',
                color: token.colorPrimary,
                background: token.colorPrimaryBg,
              }}
            >
              {step.icon}
            </Flex>
            <div style={{ flex: 1, minWidth: 200 }}>
              <Typography.Text strong>{t(`shell.home.gettingStarted.${step.key}.title`)}</Typography.Text>
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {t(`shell.home.gettingStarted.${step.key}.description`)}
              </Typography.Paragraph>
            </div>
            <Button
              icon={<ArrowRightOutlined />}
              iconPlacement="end"
              onClick={() => navigate(step.to)}
              data-testid={step.testId}
            >
              {t(`shell.home.gettingStarted.${step.key}.action`)}
            </Button>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
};
