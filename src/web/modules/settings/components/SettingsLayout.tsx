import { Card, Col, Grid, Menu, Row, type MenuProps } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { useCan } from '../../auth/hooks/use-can';
import { settingsSections } from './settings-sections';

/** Settings frame: a grouped side menu of the sections this person may use, and the section itself. */
export const SettingsLayout = () => {
  const { t } = useTranslation();
  const can = useCan();
  const screens = Grid.useBreakpoint();
  const { pathname } = useLocation();
  const mobile = screens.md === false;
  const visible = settingsSections.filter((section) => !section.permission || can(section.permission));
  const selected = visible.find((section) => pathname.startsWith(`/settings/${section.path}`))?.key;

  const link = (section: (typeof visible)[number]) => ({
    key: section.key,
    icon: section.icon,
    label: (
      <Link to={`/settings/${section.path}`} data-testid={`settings-nav-${section.path}`}>
        {t(`settings.sections.${section.key}`)}
      </Link>
    ),
  });
  const groups = [...new Set(visible.map((section) => section.group))];
  const items: MenuProps['items'] = mobile
    ? visible.map(link)
    : groups.map((group) => ({
        type: 'group' as const,
        key: group,
        label: t(`settings.groups.${group}`),
        children: visible.filter((section) => section.group === group).map(link),
      }));

  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} md={7} lg={6} xl={5} xxl={4}>
        <Card styles={{ body: { padding: mobile ? 0 : 8 } }}>
          <Menu
            mode={mobile ? 'horizontal' : 'inline'}
            selectedKeys={selected ? [selected] : []}
            items={items}
            style={{ borderInlineEnd: 'none', background: 'transparent' }}
            aria-label={t('settings.title')}
          />
        </Card>
      </Col>
      <Col xs={24} md={17} lg={18} xl={19} xxl={20}>
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </Col>
    </Row>
  );
};
