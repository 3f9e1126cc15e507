import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contracts/customers';
import { useCan } from '../../auth/hooks/use-can';
import { ContactList } from '../detail/ContactList';
import { ContactRows } from './ContactRows';

type ContactSectionProps = {
  /** In edit mode the stored numbers arrive masked; null while they are, or for a new customer. */
  masked: Customer | null;
  /** Phones above emails (narrow drawers) instead of side by side. */
  stacked: boolean;
  unlocking: boolean;
  onUnlock: () => void;
  onContactBlur: () => void;
};

/**
 * Phones and emails. Editing existing ones needs them in full first (an audited reveal), so a
 * save never writes masked numbers back.
 */
export const ContactSection = ({
  masked,
  stacked,
  unlocking,
  onUnlock,
  onContactBlur,
}: ContactSectionProps) => {
  const { t } = useTranslation();
  const can = useCan();
  if (!masked) {
    return (
      <Row gutter={16}>
        <Col xs={24} md={stacked ? 24 : 12}>
          <ContactRows kind="phone" onBlur={onContactBlur} />
        </Col>
        <Col xs={24} md={stacked ? 24 : 12}>
          <ContactRows kind="email" onBlur={onContactBlur} />
        </Col>
      </Row>
    );
  }
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <ContactList kind="phone" entries={masked.phones} revealed={false} />
        </Col>
        <Col xs={24} md={12}>
          <ContactList kind="email" entries={masked.emails} revealed={false} />
        </Col>
      </Row>
      {can('customers.reveal') ? (
        <Button
          icon={<UnlockOutlined />}
          loading={unlocking}
          onClick={onUnlock}
          style={{ alignSelf: 'flex-start' }}
          data-testid="customer-unlock-contacts"
        >
          {t('customer.form.unlockContacts')}
        </Button>
      ) : (
        <Alert type="info" showIcon icon={<LockOutlined />} title={t('customer.form.contactsLocked')} />
      )}
    </Flex>
  );
};
