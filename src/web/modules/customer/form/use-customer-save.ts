import { App, type FormInstance } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomField } from '../../../../shared/contracts/custom-fields';
import {
  CustomerCreateSchema,
  CustomerUpdateSchema,
  type Customer,
  type CustomerUpdate,
  type DuplicateCandidate,
} from '../../../../shared/contracts/customers';
import type { AppError } from '../../../../shared/errors';
import { useApiError } from '../../../app/forms/use-api-error';
import { useSignedInMe } from '../../auth/api/me.api';
import { useCreateCustomer, useUpdateCustomer, type RevealedContacts } from '../api/customer.api';
import {
  createBody,
  profileFromValues,
  valuesFromCustomer,
  type CustomerFormValues,
  type RowIndex,
} from './customer-form-values';
import { changedProfile } from './changed-profile';
import { formNameOfIssue } from './issue-paths';

type Issue = { path: string; message: string };
export type Changes = Omit<CustomerUpdate, 'version'>;
/** A save refused because someone else saved first: their customer, and the changes we tried. */
export type Conflict = { current: Customer; changes: Changes };

const issuesOf = (error: AppError): Issue[] => {
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as Issue[]).filter((i) => typeof i?.path === 'string') : [];
};

const registered = (form: FormInstance, name: (string | number)[]): boolean => {
  let node: unknown = form.getFieldsValue();
  for (const part of name) {
    if (node === null || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string | number, unknown>)[part];
  }
  return true;
};

const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

type SaveOptions = {
  form: FormInstance<CustomerFormValues>;
  fields: CustomField[];
  /** The version being edited; null creates a new customer. */
  base: Customer | null;
  unlocked: RevealedContacts | null;
  onSaved: (customer: Customer, duplicates: DuplicateCandidate[]) => void;
};

/**
 * Create sends the whole profile; edit sends only what changed, with the version it started
 * from. Validation issues — from the shared contract or the server — land on their fields.
 */
export const useCustomerSave = ({ form, fields, base, unlocked, onSaved }: SaveOptions) => {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const onApiError = useApiError();
  const { org } = useSignedInMe();
  const create = useCreateCustomer();
  const update = useUpdateCustomer();
  const rowIndex = useRef<RowIndex>({ phones: [], emails: [], addresses: [] });
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const showIssues = (issues: Issue[], error?: AppError) => {
    const values = form.getFieldsValue(true) as CustomerFormValues;
    const placed = issues
      .map((issue) => ({ issue, name: formNameOfIssue(issue.path, values, rowIndex.current) }))
      .filter(({ name }) => registered(form, name));
    form.setFields(placed.map(({ issue, name }) => ({ name, errors: [sentence(issue.message)] })));
    if (placed.length > 0) form.scrollToField(placed[0]!.name, { block: 'center' });
    if (placed.length < issues.length || issues.length === 0) {
      if (error) onApiError(error);
      else
        notification.error({
          title: t('common.errors.codes.INVALID_INPUT'),
          description: issues[0]?.message,
        });
    }
  };

  const onError = (changes: Changes | null) => (error: AppError) => {
    const current = (error.details as { current?: Customer } | undefined)?.current;
    if (error.code === 'CONFLICT' && current && changes) return setConflict({ current, changes });
    if (error.code === 'INVALID_INPUT') return showIssues(issuesOf(error), error);
    onApiError(error);
  };

  const applyChanges = (id: string, changes: Changes, version: number) =>
    update.mutate(
      { id, ...changes, version },
      {
        onSuccess: (customer) => {
          setConflict(null);
          message.success(t('common.feedback.saved'));
          onSaved(customer, []);
        },
        onError: onError(changes),
      },
    );

  const save = () => {
    const values = form.getFieldsValue(true) as CustomerFormValues;
    const { profile, rowIndex: index } = profileFromValues(values, fields, org.currency);
    rowIndex.current = index;
    if (!base) {
      const body = createBody(values.kind, profile);
      const parsed = CustomerCreateSchema.safeParse(body);
      if (!parsed.success)
        return showIssues(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
      return create.mutate(body, {
        onSuccess: ({ customer, duplicates }) => onSaved(customer, duplicates),
        onError: onError(null),
      });
    }
    const original = profileFromValues(
      valuesFromCustomer(base, fields, org.currency),
      fields,
      org.currency,
    ).profile;
    const changes = changedProfile(
      profile,
      unlocked ? { ...original, phones: unlocked.phones, emails: unlocked.emails } : original,
      !!unlocked,
    );
    if (Object.keys(changes).length === 0) {
      message.info(t('customer.form.nothingChanged'));
      return onSaved(base, []);
    }
    const parsed = CustomerUpdateSchema.safeParse({ ...changes, version: base.version });
    if (!parsed.success)
      return showIssues(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    applyChanges(base.id, changes, base.version);
  };

  return {
    save,
    saving: create.isPending || update.isPending,
    conflict,
    /** Sends the refused changes again on top of the other person's version. */
    reapply: () => conflict && applyChanges(conflict.current.id, conflict.changes, conflict.current.version),
    dismissConflict: () => setConflict(null),
  };
};
