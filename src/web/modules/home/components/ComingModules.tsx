import { Card, Col, Flex, Row, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { placeholderModules } from '../../placeholders/components/placeholder-modules';
import { navGroups } from '../../shell/components/nav-items';

/** A tile per module still in the works, each linking to its page. */
export const ComingModules = () => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const items = navGroups.flatMap((group) => group.items);
  return (
    <Card>
      <PageHeader
        title={t('shell.home.modules.title')}
        description={t('shell.home.modules.subtitle')}
        level={4}
      />
      <Row gutter={[16, 16]}>
        {placeholderModules.map((module) => (
          <Col key={module} xs={24} sm={12} xl={6}>
            <Link to={`/${module}`} data-testid={`home-module-${module}`}>
              <Card hoverable size="small" style={{ height: '100%' }}>
                <Flex gap={12} align="flex-start">
                  <span style={{ fontSize: 22, color: token.colorPrimary, lineHeight: 1 }}>
                    {items.find((item) => item.key === module)?.icon}
                  </span>
                  <div style={{ minWidth: 0 }}>
                    <Flex gap={8} align="center" wrap>
                      <Typography.Text strong>{t(`modules.${module}.title`)}</Typography.Text>
                      <Tag variant="filled" style={{ marginInlineEnd: 0 }}>
                        {t('modules.badge')}
                      </Tag>
                    </Flex>
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
                      {t(`modules.${module}.description`)}
                    </Typography.Paragraph>
                  </div>
                </Flex>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
};
