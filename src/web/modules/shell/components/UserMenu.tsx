import { LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, Flex, Grid, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { brandColor } from '../../../app/theme';
import { useSignedInMe, useSignOut } from '../../auth/api/me.api';

/** Up to two initials: "Li Wei" → "LW", "李伟" → "李". */
const initialsOf = (name: string): string => {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  if (/[\u4e00-\u9fff]/.test(name)) return name.trim().charAt(0);
  return parts
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
};

/** Avatar in the header: who is signed in, links to profile and settings, and sign-out. */
export const UserMenu = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const me = useSignedInMe();
  const signOut = useSignOut();

  // mutateAsync, not mutate callbacks: this menu unmounts as soon as the session is cleared.
  const onSignOut = async () => {
    await signOut.mutateAsync().catch(() => undefined);
    message.success(t('shell.userMenu.signedOut'));
    navigate('/sign-in', { replace: true });
  };

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items: [
          {
            key: 'who',
            disabled: true,
            style: { cursor: 'default' },
            label: (
              <Flex vertical style={{ padding: '4px 0', minWidth: 200 }}>
                <Typography.Text strong>{me.user.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {me.user.email}
                </Typography.Text>
                <div style={{ marginTop: 6 }}>
                  <Tag color="purple">{t(`common.roles.${me.user.role}.label`)}</Tag>
                </div>
              </Flex>
            ),
          },
          { type: 'divider' },
          {
            key: 'profile',
            icon: <UserOutlined />,
            label: <span data-testid="user-menu-profile">{t('shell.userMenu.profile')}</span>,
            onClick: () => navigate('/settings/profile'),
          },
          {
            key: 'settings',
            icon: <SettingOutlined />,
            label: <span data-testid="user-menu-settings">{t('shell.userMenu.settings')}</span>,
            onClick: () => navigate('/settings'),
          },
          { type: 'divider' },
          {
            key: 'sign-out',
            icon: <LogoutOutlined />,
            danger: true,
            label: <span data-testid="sign-out">{t('shell.userMenu.signOut')}</span>,
            onClick: () => void onSignOut(),
          },
        ],
      }}
    >
      <Button
        type="text"
        aria-label={t('shell.userMenu.label')}
        data-testid="user-menu"
        style={{ height: 40, paddingInline: 6 }}
      >
        <Flex align="center" gap={8}>
          <Avatar size={30} style={{ background: brandColor, fontSize: 13 }}>
            {initialsOf(me.user.name)}
          </Avatar>
          {screens.md !== false && (
            <Typography.Text style={{ maxWidth: 140 }} ellipsis>
              {me.user.name}
            </Typography.Text>
          )}
        </Flex>
      </Button>
    </Dropdown>
  );
};
