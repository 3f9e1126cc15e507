import { Button, Flex, Form, Input, Row, Col, Skeleton } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer, DuplicateCandidate } from '../../../../shared/contracts/customers';
import { useApiError } from '../../../app/forms/use-api-error';
import { useSignedInMe } from '../../auth/api/me.api';
import { useCustomFields } from '../api/custom-fields.api';
import { useRevealContacts, type RevealedContacts } from '../api/customer.api';
import { AddressRows } from './AddressRows';
import { ClassificationSection } from './ClassificationSection';
import { ConflictAlert } from './ConflictAlert';
import { ContactSection } from './ContactSection';
import { CustomFieldsSection } from './CustomFieldsSection';
import {
  emptyValues,
  profileFromValues,
  valuesFromCustomer,
  type CustomerFormValues,
} from './customer-form-values';
import { changedProfile } from './changed-profile';
import { DuplicatesAlert } from './DuplicatesAlert';
import { FormSection } from './FormSection';
import { IdentitySection } from './IdentitySection';
import { useCustomerSave } from './use-customer-save';
import { useDuplicateCheck } from './use-duplicate-check';

export type CustomerFormProps = {
  /** Edit this customer; without it the form creates one. */
  customer?: Customer;
  /** Prefill for a new customer (e.g. ?companyId= from a company's page). */
  initialValues?: Partial<CustomerFormValues>;
  /** Name of the company in `initialValues.companyId`. */
  initialCompanyName?: string | null;
  /** Sections as cards (full page) or divided (drawer). */
  framed: boolean;
  onSaved: (customer: Customer, duplicates: DuplicateCandidate[]) => void;
  onCancel: () => void;
  /** Called on every edit, e.g. to ask before discarding. */
  onValuesChange?: () => void;
};

/** Create or edit a customer: Enter saves; likely duplicates are flagged as the user types. */
export const CustomerForm = ({
  customer,
  initialValues,
  initialCompanyName = null,
  framed,
  onSaved,
  onCancel,
  onValuesChange,
}: CustomerFormProps) => {
  const { t } = useTranslation();
  const { org } = useSignedInMe();
  const onApiError = useApiError();
  const [form] = Form.useForm<CustomerFormValues>();
  const { data: allFields, isPending: fieldsPending } = useCustomFields();
  const fields = useMemo(() => (allFields ?? []).filter((field) => !field.archived), [allFields]);
  const [base, setBase] = useState<Customer | null>(customer ?? null);
  const [revealed, setRevealed] = useState<RevealedContacts | null>(null);
  // A customer without phones or emails has nothing masked: new ones can be added straight away.
  const unlocked =
    revealed ?? (base && base.phones.length + base.emails.length === 0 ? { phones: [], emails: [] } : null);
  const reveal = useRevealContacts();
  const duplicateCheck = useDuplicateCheck(form, base?.id ?? null);
  // Only new customers are checked: an existing one would keep matching its own company's phone.
  const checkDuplicates = customer ? () => undefined : duplicateCheck.checkDuplicates;
  const { save, saving, conflict, reapply, dismissConflict } = useCustomerSave({
    form,
    fields,
    base,
    unlocked,
    onSaved,
  });
  const conflictRef = useRef<HTMLDivElement>(null);
  // The conflict shows above the form; the user pressed Save at the bottom, so bring it into view.
  useEffect(() => {
    if (conflict) conflictRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [conflict]);
  const loaded = allFields !== undefined;
  // Read once, when the custom fields have loaded: later changes must not reset what the user typed.
  const initial = useMemo(
    () =>
      customer ? valuesFromCustomer(customer, allFields ?? [], org.currency) : emptyValues(initialValues),
    [loaded],
  );

  if (fieldsPending) return <Skeleton active paragraph={{ rows: 8 }} />;

  const unlock = () =>
    base &&
    reveal.mutate(base.id, {
      onSuccess: (contacts) => {
        setRevealed(contacts);
        form.setFieldsValue({
          phones: contacts.phones.map((p) => ({ ...p })),
          emails: contacts.emails.map((e) => ({ ...e })),
        });
      },
      onError: (error) => onApiError(error),
    });

  const loadTheirs = () => {
    if (!conflict) return;
    setBase(conflict.current);
    setRevealed(null);
    form.resetFields();
    form.setFieldsValue(valuesFromCustomer(conflict.current, allFields ?? [], org.currency));
    dismissConflict();
  };

  const profileOf = (c: Customer) =>
    profileFromValues(valuesFromCustomer(c, allFields ?? [], org.currency), fields, org.currency).profile;

  return (
    <Form<CustomerFormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={save}
      onValuesChange={onValuesChange}
      scrollToFirstError={{ block: 'center' }}
      name={customer ? `customer-edit-${customer.id}` : 'customer-create'}
      data-testid="customer-form"
    >
      <Flex vertical gap={16}>
        <div ref={conflictRef} />
        {conflict && base && (
          <ConflictAlert
            theirs={changedProfile(profileOf(conflict.current), profileOf(base), false)}
            saving={saving}
            onReapply={reapply}
            onLoadTheirs={loadTheirs}
          />
        )}
        <DuplicatesAlert duplicates={duplicateCheck.duplicates} />
        <FormSection title={t('customer.form.sections.identity')} framed={framed}>
          <IdentitySection
            kindLocked={!!customer}
            companyName={customer ? customer.companyName : initialCompanyName}
            onContactBlur={checkDuplicates}
          />
        </FormSection>
        <FormSection title={t('customer.form.sections.contact')} framed={framed}>
          <ContactSection
            masked={base && !unlocked ? base : null}
            stacked={!framed}
            unlocking={reveal.isPending}
            onUnlock={unlock}
            onContactBlur={checkDuplicates}
          />
          <Form.Item label={t('customer.fields.addresses')} style={{ marginBottom: 0 }}>
            <AddressRows />
          </Form.Item>
        </FormSection>
        <FormSection title={t('customer.form.sections.classification')} framed={framed}>
          <ClassificationSection />
        </FormSection>
        {fields.length > 0 && (
          <FormSection
            title={t('customer.form.sections.custom')}
            framed={framed}
            testId="customer-custom-fields"
          >
            <CustomFieldsSection fields={fields} />
          </FormSection>
        )}
        <FormSection title={t('customer.form.sections.more')} framed={framed}>
          <Form.Item name="notes" label={t('customer.fields.notes')}>
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 12 }}
              maxLength={10_000}
              data-testid="customer-notes-input"
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="externalId"
                label={t('customer.fields.externalId')}
                extra={t('customer.form.externalIdHelp')}
              >
                <Input maxLength={100} data-testid="customer-external-id-input" />
              </Form.Item>
            </Col>
          </Row>
        </FormSection>
        <Flex justify="flex-end" gap={8} className="kehu-form-actions">
          <Button onClick={onCancel} data-testid="customer-cancel">
            {t('common.actions.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="customer-save">
            {customer ? t('common.actions.saveChanges') : t('customer.form.create')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
};
