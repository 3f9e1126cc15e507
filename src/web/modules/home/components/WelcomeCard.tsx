import { Card, Col, Flex, Grid, Row, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../auth/api/me.api';

/** The banner on Home: a greeting in the org's time zone, and the workspace at a glance. */
export const WelcomeCard = () => {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const me = useSignedInMe();
  const now = dayjs().tz(me.org.timeZone);
  const hour = now.hour();
  const greeting =
    hour < 12
      ? 'shell.home.greetingMorning'
      : hour < 18
        ? 'shell.home.greetingAfternoon'
        : 'shell.home.greetingEvening';
  const facts = [
    { key: 'role', title: t('shell.home.role'), value: t(`common.roles.${me.user.role}.label`) },
    { key: 'timeZone', title: t('shell.home.timeZone'), value: me.org.timeZone },
    { key: 'currency', title: t('shell.home.currency'), value: me.org.currency },
  ];
  return (
    <Card
      variant="borderless"
      data-testid="welcome-card"
      style={{
        background: 'linear-gradient(120deg, #4f46e5 0%, #6366f1 45%, #0ea5e9 100%)',
        overflow: 'hidden',
      }}
      styles={{ body: { padding: '28px 32px' } }}
    >
      <Row gutter={[24, 24]} align="middle">
        <Col xs={24} lg={14}>
          <Typography.Title level={2} style={{ color: '#fff', margin: 0 }}>
            {t(greeting, { name: me.user.name })}
          </Typography.Title>
          <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.85)', margin: '8px 0 0', fontSize: 15 }}>
            {t('shell.home.subtitle', {
              org: me.org.name,
              date: now.format(i18n.language === 'zh-CN' ? 'LL dddd' : 'dddd, LL'),
            })}
          </Typography.Paragraph>
        </Col>
        <Col xs={24} lg={10}>
          <Flex gap={12} wrap justify={screens.lg ? 'flex-end' : 'flex-start'}>
            {facts.map((fact) => (
              <div
                key={fact.key}
                style={{
                  background: 'rgba(255,255,255,0.14)',
                  borderRadius: 12,
                  padding: '10px 16px',
                  minWidth: 110,
                }}
              >
                <Statistic
                  title={<span style={{ color: 'rgba(255,255,255,0.75)' }}>{fact.title}</span>}
                  value={fact.value}
                  styles={{ content: { color: '#fff', fontSize: 17, fontWeight: 600 } }}
                />
              </div>
            ))}
          </Flex>
        </Col>
      </Row>
    </Card>
  );
};
