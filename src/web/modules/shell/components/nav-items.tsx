import {
  AppstoreOutlined,
  BarChartOutlined,
  ClusterOutlined,
  CommentOutlined,
  FormOutlined,
  FunnelPlotOutlined,
  HomeOutlined,
  ScheduleOutlined,
  SettingOutlined,
  ShoppingCartOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { PlaceholderModule } from '../../placeholders/components/placeholder-modules';

export type NavKey =
  'home' | 'customers' | 'orders' | 'products' | 'segments' | 'analytics' | PlaceholderModule | 'settings';

export type NavItem = { key: NavKey; path: string; icon: ReactNode };

export type NavGroup = { key: 'main' | 'work' | 'insight' | 'admin'; items: NavItem[] };

/** The sider navigation, in order. Paths are the first URL segment of each area. */
export const navGroups: NavGroup[] = [
  { key: 'main', items: [{ key: 'home', path: '/', icon: <HomeOutlined /> }] },
  {
    key: 'work',
    items: [
      { key: 'customers', path: '/customers', icon: <TeamOutlined /> },
      { key: 'orders', path: '/orders', icon: <ShoppingCartOutlined /> },
      { key: 'products', path: '/products', icon: <AppstoreOutlined /> },
      { key: 'funnel', path: '/funnel', icon: <FunnelPlotOutlined /> },
      { key: 'activities', path: '/activities', icon: <ScheduleOutlined /> },
    ],
  },
  {
    key: 'insight',
    items: [
      { key: 'feedback', path: '/feedback', icon: <CommentOutlined /> },
      { key: 'surveys', path: '/surveys', icon: <FormOutlined /> },
      { key: 'segments', path: '/segments', icon: <ClusterOutlined /> },
      { key: 'analytics', path: '/analytics', icon: <BarChartOutlined /> },
    ],
  },
  { key: 'admin', items: [{ key: 'settings', path: '/settings', icon: <SettingOutlined /> }] },
];

/** The nav item a URL belongs to, for highlighting. */
export const navKeyFor = (pathname: string): NavKey | undefined => {
  const first = `/${pathname.split('/')[1] ?? ''}`;
  return navGroups.flatMap((group) => group.items).find((item) => item.path === first)?.key;
};
