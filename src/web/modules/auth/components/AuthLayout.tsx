import { CheckCircleFilled } from '@ant-design/icons';
import { Card, Col, Flex, Row, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Logo } from '../../../ui/Logo';
import { LanguageSwitch } from '../../shell/components/LanguageSwitch';
import { ThemeSwitch } from '../../shell/components/ThemeSwitch';

type AuthLayoutProps = { children: ReactNode; width?: number };

/** Split screen for public pages: the brand story on the left, the form on the right. */
export const AuthLayout = ({ children, width = 440 }: AuthLayoutProps) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const points = [t('auth.brandPanel.point1'), t('auth.brandPanel.point2'), t('auth.brandPanel.point3')];
  return (
    <Row style={{ minHeight: '100vh' }}>
      <Col
        xs={0}
        lg={10}
        style={{
          background: 'radial-gradient(circle at 20% 20%, #4f46e5 0%, #312e81 45%, #0f1535 100%)',
          color: '#fff',
          padding: '48px 56px',
        }}
      >
        <Flex vertical justify="space-between" style={{ height: '100%' }}>
          <Logo inverted size={38} />
          <div>
            <Typography.Title level={2} style={{ color: '#fff', marginBottom: 28, lineHeight: 1.35 }}>
              {t('auth.brandPanel.headline')}
            </Typography.Title>
            <Flex vertical gap={16}>
              {points.map((point) => (
                <Flex key={point} gap={12} align="flex-start">
                  <CheckCircleFilled style={{ color: '#a5b4fc', fontSize: 18, marginTop: 3 }} />
                  <Typography.Text style={{ color: 'rgba(255,255,255,0.88)', fontSize: 15 }}>
                    {point}
                  </Typography.Text>
                </Flex>
              ))}
            </Flex>
          </div>
          <Typography.Text style={{ color: 'rgba(255,255,255,0.55)' }}>
            {t('auth.brandPanel.footer')}
          </Typography.Text>
        </Flex>
      </Col>
      <Col xs={24} lg={14} style={{ background: token.colorBgLayout }}>
        <Flex vertical style={{ minHeight: '100vh', padding: '16px 20px' }}>
          <Flex justify="space-between" align="center">
            <span style={{ visibility: 'hidden' }} aria-hidden />
            <Flex gap={4}>
              <LanguageSwitch />
              <ThemeSwitch />
            </Flex>
          </Flex>
          <Flex flex={1} vertical align="center" justify="center" style={{ padding: '24px 0 48px' }}>
            <div style={{ width: '100%', maxWidth: width }}>
              <Flex justify="center" style={{ marginBottom: 24 }} className="kehu-auth-logo">
                <Logo size={40} />
              </Flex>
              <Card
                variant="borderless"
                style={{ boxShadow: token.boxShadowTertiary }}
                styles={{ body: { padding: 32 } }}
              >
                {children}
              </Card>
            </div>
          </Flex>
        </Flex>
      </Col>
    </Row>
  );
};
