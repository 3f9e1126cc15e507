import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Logo } from '../../../ui/Logo';
import { navGroups, navKeyFor } from './nav-items';

type SiderNavProps = {
  collapsed?: boolean;
  /** Called after a link is followed, e.g. to close the mobile drawer. */
  onNavigate?: () => void;
};

/** Logo and the main menu; groups turn into dividers when the sider is collapsed. */
export const SiderNav = ({ collapsed = false, onNavigate }: SiderNavProps) => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const selected = navKeyFor(pathname);

  const items = navGroups.flatMap<NonNullable<MenuProps['items']>[number]>((group, index) => {
    const links = group.items.map((item) => ({
      key: item.key,
      icon: item.icon,
      label: (
        <Link to={item.path} onClick={onNavigate} data-testid={`nav-${item.key}`}>
          {t(`shell.nav.${item.key}`)}
        </Link>
      ),
    }));
    if (group.key === 'main') return links;
    if (collapsed) return [{ type: 'divider' as const, key: `divider-${index}` }, ...links];
    return [
      { type: 'group' as const, key: group.key, label: t(`shell.nav.groups.${group.key}`), children: links },
    ];
  });

  return (
    <nav aria-label="Kehu" style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <Link
        to="/"
        onClick={onNavigate}
        style={{
          display: 'flex',
          alignItems: 'center',
          height: 64,
          padding: collapsed ? '0 20px' : '0 22px',
        }}
        data-testid="sider-logo"
      >
        <Logo inverted compact={collapsed} />
      </Link>
      <Menu
        theme="dark"
        mode="inline"
        className="kehu-sider-menu"
        selectedKeys={selected ? [selected] : []}
        items={items}
        inlineCollapsed={collapsed}
        style={{ flex: 1, overflowY: 'auto', overflowX: 'hidden' }}
      />
    </nav>
  );
};
