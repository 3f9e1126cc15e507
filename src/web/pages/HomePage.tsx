import { Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { ComingModules } from '../modules/home/components/ComingModules';
import { DemoDataCard } from '../modules/home/components/DemoDataCard';
import { GettingStarted } from '../modules/home/components/GettingStarted';
import { WelcomeCard } from '../modules/home/components/WelcomeCard';
import { useDocumentTitle } from '../ui/use-document-title';

export const HomePage = () => {
  const { t } = useTranslation();
  useDocumentTitle(t('shell.nav.home'));
  return (
    <Row gutter={[24, 24]}>
      <Col span={24}>
        <WelcomeCard />
      </Col>
      <Col span={24}>
        {/* A flex column, not a Col: the demo card is often absent and must leave no gap. */}
        <Flex vertical gap={24}>
          <DemoDataCard />
          <GettingStarted />
        </Flex>
      </Col>
      <Col span={24}>
        <ComingModules />
      </Col>
    </Row>
  );
};
