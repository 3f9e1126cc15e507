import { CheckCircleFilled } from '@ant-design/icons';
import { Card, Flex, Result, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { navGroups } from '../../shell/components/nav-items';
import type { PlaceholderModule } from './placeholder-modules';

/** The page of a module still being built: what it will be, and three things it will do. */
export const ModulePlaceholder = ({ module }: { module: PlaceholderModule }) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const icon = navGroups.flatMap((group) => group.items).find((item) => item.key === module)?.icon;
  const capabilities = [
    t(`modules.${module}.capability1`),
    t(`modules.${module}.capability2`),
    t(`modules.${module}.capability3`),
  ];
  useDocumentTitle(t(`modules.${module}.title`));

  return (
    <>
      <PageHeader
        title={t(`modules.${module}.title`)}
        description={t(`modules.${module}.description`)}
        level={2}
      />
      <Card data-testid={`module-placeholder-${module}`}>
        <Result
          icon={
            <Flex
              align="center"
              justify="center"
              style={{
                width: 88,
                height: 88,
                margin: '0 auto',
                borderRadius: 24,
                fontSize: 40,
                color: token.colorPrimary,
                background: token.colorPrimaryBg,
              }}
            >
              {icon}
            </Flex>
          }
          title={
            <Flex align="center" justify="center" gap={10} wrap>
              <span>{t(`modules.${module}.title`)}</span>
              <Tag color="processing" variant="filled">
                {t('modules.badge')}
              </Tag>
            </Flex>
          }
          subTitle={<span style={{ fontSize: 15 }}>{t(`modules.${module}.sentence`)}</span>}
          extra={
            <Flex justify="center">
              <div style={{ textAlign: 'start', maxWidth: 520 }}>
                <Typography.Text type="secondary" strong style={{ display: 'block', marginBottom: 12 }}>
                  {t('modules.capabilitiesTitle')}
                </Typography.Text>
                <Flex vertical gap={10} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {capabilities.map((capability) => (
                    <Flex key={capability} component="li" gap={10} align="flex-start">
                      <CheckCircleFilled style={{ color: token.colorSuccess, marginTop: 4 }} />
                      <Typography.Text>{capability}</Typography.Text>
                    </Flex>
                  ))}
                </Flex>
              </div>
            </Flex>
          }
        />
      </Card>
    </>
  );
};
