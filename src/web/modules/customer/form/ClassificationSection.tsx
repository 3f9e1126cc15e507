import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TeamSelect } from '../../teams/components/TeamSelect';
import { PicklistSelect } from './PicklistSelect';
import { UserSelect } from './UserSelect';

/** Category, value tier, lifecycle stage and source from the pick lists; owner, team and tags. */
export const ClassificationSection = () => {
  const { t } = useTranslation();
  const lists = [
    { name: 'category', list: 'category' },
    { name: 'valueTier', list: 'value_tier' },
    { name: 'lifecycleStage', list: 'lifecycle_stage' },
    { name: 'source', list: 'source' },
  ] as const;
  return (
    <Row gutter={16}>
      {lists.map(({ name, list }) => (
        <Col key={name} xs={24} sm={12} lg={6}>
          <Form.Item name={name} label={t(`customer.fields.${name}`)}>
            <PicklistSelect list={list} data-testid={`customer-${list}-select`} />
          </Form.Item>
        </Col>
      ))}
      <Col xs={24} sm={12} lg={6}>
        <Form.Item name="ownerId" label={t('customer.fields.ownerId')}>
          <UserSelect data-testid="customer-owner-select" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Form.Item name="teamId" label={t('customer.fields.teamId')} extra={t('customer.form.teamHelp')}>
          <TeamSelect data-testid="customer-team-select" />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item name="tags" label={t('customer.fields.tags')}>
          <Select
            mode="tags"
            tokenSeparators={[',', '，']}
            placeholder={t('customer.form.tagsPlaceholder')}
            open={false}
            suffixIcon={null}
            data-testid="customer-tags-select"
          />
        </Form.Item>
      </Col>
    </Row>
  );
};
