import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { ComingModules } from '../modules/home/components/ComingModules';
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
        <GettingStarted />
      </Col>
      <Col span={24}>
        <ComingModules />
      </Col>
    </Row>
  );
};
