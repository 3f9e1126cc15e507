import { Drawer, Grid, Layout } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { siderColor } from '../../../app/theme';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { useMe } from '../../auth/api/me.api';
import { useRealtime } from '../../realtime/hooks/use-realtime';
import { AppHeader } from './AppHeader';
import { SiderNav } from './SiderNav';

const collapsedKey = 'kehu.siderCollapsed';

/** The signed-in frame: dark sider (a drawer on phones), sticky header, and the page. */
export const AppLayout = () => {
  const screens = Grid.useBreakpoint();
  // Until antd has measured the screen, assume a desktop rather than flashing the phone layout.
  const mobile = screens.md === false;
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(collapsedKey) === '1');
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { data: me } = useMe();
  const realtime = useRealtime(me?.user.id ?? null);

  const toggleNav = () => {
    if (mobile) {
      setDrawerOpen(true);
      return;
    }
    setCollapsed((value) => {
      localStorage.setItem(collapsedKey, value ? '0' : '1');
      return !value;
    });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {mobile ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          closable={false}
          size={248}
          styles={{ body: { padding: 0, background: siderColor } }}
        >
          <SiderNav onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider collapsed={collapsed} collapsedWidth={72} width={232} trigger={null}>
          {/* The sider itself stretches with the page, so its dark background runs the full length
              (also in full-page screenshots); the navigation inside stays pinned to the viewport. */}
          <div style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'hidden' }}>
            <SiderNav collapsed={collapsed} />
          </div>
        </Layout.Sider>
      )}
      <Layout>
        <AppHeader mobile={mobile} collapsed={collapsed} onToggleNav={toggleNav} realtime={realtime} />
        <Layout.Content style={{ padding: mobile ? 16 : 28 }}>
          <main style={{ maxWidth: 1440, margin: '0 auto' }}>
            <Suspense fallback={<PageSkeleton />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
};
