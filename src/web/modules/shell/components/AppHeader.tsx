import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RealtimeStatus } from '../../realtime/hooks/use-realtime';
import { LanguageSwitch } from './LanguageSwitch';
import { QuickSearch } from './QuickSearch';
import { RealtimeIndicator } from './RealtimeIndicator';
import { ThemeSwitch } from './ThemeSwitch';
import { UserMenu } from './UserMenu';

type AppHeaderProps = {
  mobile: boolean;
  collapsed: boolean;
  onToggleNav: () => void;
  realtime: RealtimeStatus;
};

/** Top bar: navigation toggle, quick search, live status, language, theme and the account menu. */
export const AppHeader = ({ mobile, collapsed, onToggleNav, realtime }: AppHeaderProps) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const toggleLabel = mobile
    ? t('shell.header.openMenu')
    : collapsed
      ? t('shell.header.expand')
      : t('shell.header.collapse');
  const toggleIcon = mobile ? <MenuOutlined /> : collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />;
  return (
    <Layout.Header
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 10,
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        backdropFilter: 'saturate(180%) blur(8px)',
      }}
    >
      <Button
        type="text"
        icon={toggleIcon}
        aria-label={toggleLabel}
        onClick={onToggleNav}
        data-testid="nav-toggle"
      />
      <Flex flex={1} style={{ minWidth: 0 }}>
        <QuickSearch compact={mobile} />
      </Flex>
      <Flex align="center" gap={2}>
        <RealtimeIndicator status={realtime} />
        <LanguageSwitch />
        <ThemeSwitch />
        <UserMenu />
      </Flex>
    </Layout.Header>
  );
};
