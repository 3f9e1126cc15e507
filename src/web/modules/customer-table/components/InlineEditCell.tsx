import { CheckOutlined, CloseOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Input, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contracts/customers';
import type { AppError } from '../../../../shared/errors';
import { useApiError } from '../../../app/forms/use-api-error';
import { useQueryClient } from '@tanstack/react-query';
import { replaceCachedCustomer, useUpdateCustomer } from '../api/customer-list.api';
import type { CatalogField } from '../hooks/use-field-catalog';
import { usePicklistLabel } from '../hooks/use-picklist-label';
import { fieldValue, inlineEditable, type InlineEditableKey } from '../state/customer-values';
import styles from './customer-table.module.css';

type InlineEditCellProps = {
  customer: Customer;
  field: CatalogField & { key: InlineEditableKey };
  children: ReactNode;
};

/**
 * A cell that turns into an input on its pencil button (or Enter on it). Saving PATCHes just that
 * field with the row's version; if someone else saved first, the server's current customer
 * replaces the row and the person is told what the value is now.
 */
export const InlineEditCell = ({ customer, field, children }: InlineEditCellProps) => {
  const { t } = useTranslation();
  const { notification, message } = App.useApp();
  const onApiError = useApiError();
  const queryClient = useQueryClient();
  const picklistLabel = usePicklistLabel();
  const update = useUpdateCustomer();
  const [draft, setDraft] = useState<unknown>(undefined);
  // The version the person started from: if the row changes meanwhile (live update), saving must conflict.
  const [baseVersion, setBaseVersion] = useState(customer.version);
  const editing = draft !== undefined;
  const current = fieldValue(field.key, customer);

  const shown = (c: Customer) => {
    const v = fieldValue(field.key, c);
    if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) return t('customerTable.edit.empty');
    if (Array.isArray(v)) return v.join(', ');
    return field.picklist ? picklistLabel(field.picklist, String(v)) : String(v);
  };

  const onConflict = (error: AppError) => {
    const latest = (error.details as { current?: Customer } | undefined)?.current;
    if (latest) replaceCachedCustomer(queryClient, latest);
    notification.warning({
      key: `conflict-${customer.id}`,
      title: t('customerTable.edit.conflictTitle'),
      description: t('customerTable.edit.conflict', {
        name: customer.name,
        field: field.label,
        value: latest ? shown(latest) : '…',
      }),
      duration: 8,
    });
  };

  const save = (value: unknown) => {
    setDraft(undefined);
    if (JSON.stringify(value ?? null) === JSON.stringify(current ?? null)) return;
    update.mutate(
      { id: customer.id, version: baseVersion, ...inlineEditable[field.key](value) },
      {
        onSuccess: (saved) => message.success(t('customerTable.edit.saved', { name: saved.name })),
        onError: (error) => (error.code === 'CONFLICT' ? onConflict(error) : onApiError(error)),
      },
    );
  };
  const cancel = () => setDraft(undefined);
  const keys = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      cancel();
    }
  };

  if (!editing)
    return (
      <div className={styles.cell}>
        <span className={styles.cellValue}>{children}</span>
        <Button
          type="text"
          size="small"
          className={styles.editButton}
          icon={<EditOutlined />}
          loading={update.isPending}
          onClick={() => {
            setBaseVersion(customer.version);
            setDraft(current ?? (field.key === 'tags' ? [] : ''));
          }}
          aria-label={t('customerTable.edit.edit', { field: field.label })}
          title={t('customerTable.edit.edit', { field: field.label })}
          data-testid={`cell-edit-${field.key}`}
        />
      </div>
    );

  const buttons = (
    <>
      <Button
        size="small"
        icon={<CheckOutlined />}
        onClick={() => save(draft)}
        aria-label={t('customerTable.edit.save')}
        data-testid="cell-save"
      />
      <Button
        size="small"
        icon={<CloseOutlined />}
        onClick={cancel}
        aria-label={t('customerTable.edit.cancel')}
      />
    </>
  );

  if (field.key === 'name' || field.key === 'title')
    return (
      <Space.Compact style={{ width: '100%' }} onKeyDown={keys}>
        <Input
          size="small"
          autoFocus
          value={String(draft ?? '')}
          maxLength={field.key === 'name' ? 200 : 100}
          onChange={(e) => setDraft(e.target.value)}
          onPressEnter={() => (field.key === 'name' && !String(draft).trim() ? cancel() : save(draft))}
          aria-label={field.label}
          data-testid={`cell-input-${field.key}`}
        />
        {buttons}
      </Space.Compact>
    );

  // Enter adds a tag, so saving is the ✓ button (Tab, then Enter, from the keyboard).
  if (field.key === 'tags')
    return (
      <Space.Compact style={{ width: '100%' }} onKeyDown={keys}>
        <Select<string[]>
          size="small"
          mode="tags"
          autoFocus
          open={false}
          style={{ flex: 1, minWidth: 0 }}
          value={draft as string[]}
          onChange={setDraft}
          placeholder={t('customerTable.bulk.tagsPlaceholder')}
          aria-label={field.label}
          data-testid="cell-input-tags"
        />
        {buttons}
      </Space.Compact>
    );

  return (
    <Select<string>
      size="small"
      autoFocus
      defaultOpen
      allowClear
      style={{ width: '100%' }}
      value={(draft as string) || undefined}
      options={field.options}
      onChange={(v) => save(v ?? null)}
      onBlur={cancel}
      onKeyDown={keys}
      aria-label={field.label}
      data-testid={`cell-input-${field.key}`}
    />
  );
};
