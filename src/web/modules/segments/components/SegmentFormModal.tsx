import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SegmentCreateSchema, type Segment } from '../../../../shared/contracts/segments';
import type { AppError } from '../../../../shared/errors';
import type { FilterNode } from '../../../../shared/filter/filter';
import { useApiError } from '../../../app/forms/use-api-error';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import {
  countFilterProblems,
  FilterBuilder,
  filterOrNothing,
} from '../../customer-table/components/FilterBuilder';
import { useFieldCatalog } from '../../customer-table/hooks/use-field-catalog';
import { useCreateSegment, useUpdateSegment } from '../api/segments.api';

type SegmentFormModalProps = {
  open: boolean;
  /** The segment to edit; without it a new one is created. */
  segment?: Segment | null;
  onClose: () => void;
};

type Values = { name: string; description?: string };

/** Create a segment, or change one's name, description and filter (with its version, so a stale edit is refused). */
export const SegmentFormModal = ({ open, segment, onClose }: SegmentFormModalProps) => {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const zodRule = useZodRule();
  const onApiError = useApiError();
  const { byKey } = useFieldCatalog();
  const create = useCreateSegment();
  const update = useUpdateSegment();
  const [form] = Form.useForm<Values>();
  const [filter, setFilter] = useState<FilterNode | undefined>(segment?.filter as FilterNode | undefined);
  const [filterError, setFilterError] = useState<string | null>(null);

  const failed = (error: AppError) => {
    if (error.code === 'CONFLICT' && segment && !(error.details as { issues?: unknown })?.issues) {
      notification.warning({ title: t('common.errors.codes.CONFLICT'), description: t('segments.conflict') });
      return onClose();
    }
    const issues = (error.details as { issues?: { path: string; message: string }[] } | undefined)?.issues;
    const onFilter = issues?.find((i) => i.path.startsWith('body.filter'));
    if (onFilter) setFilterError(`${onFilter.path.replace('body.filter.', '')}: ${onFilter.message}`);
    onApiError(error, form);
  };

  const submit = (values: Values) => {
    const tree = filterOrNothing(filter);
    if (!tree) return setFilterError(t('segments.filterRequired'));
    if (countFilterProblems(tree, byKey) > 0) return setFilterError(t('segments.filterIncomplete'));
    setFilterError(null);
    const body = { name: values.name.trim(), description: values.description?.trim() || null, filter: tree };
    if (!segment)
      return create.mutate(body, {
        onSuccess: () => {
          message.success(t('segments.created', { name: body.name }));
          onClose();
        },
        onError: failed,
      });
    update.mutate(
      { id: segment.id, ...body, version: segment.version },
      {
        onSuccess: () => {
          message.success(t('segments.saved'));
          onClose();
        },
        onError: failed,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={segment ? t('segments.editTitle') : t('segments.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={segment ? t('common.actions.save') : t('common.actions.create')}
      okButtonProps={{
        loading: create.isPending || update.isPending,
        ...{ 'data-testid': 'segment-submit' },
      }}
      cancelText={t('common.actions.cancel')}
      destroyOnHidden
      width={760}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ name: segment?.name ?? '', description: segment?.description ?? '' }}
        onFinish={submit}
        name="segment"
        preserve={false}
      >
        <Form.Item name="name" label={t('segments.name')} rules={[zodRule(SegmentCreateSchema.shape.name)]}>
          <Input autoFocus placeholder={t('segments.namePlaceholder')} data-testid="segment-name" />
        </Form.Item>
        <Form.Item name="description" label={t('segments.descriptionLabel')}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 3 }}
            maxLength={500}
            placeholder={t('segments.descriptionPlaceholder')}
            data-testid="segment-description"
          />
        </Form.Item>
        <Form.Item label={t('segments.filter')} required>
          <div data-testid="segment-filter">
            <FilterBuilder
              value={filter}
              onChange={(next) => {
                setFilter(next);
                setFilterError(null);
              }}
              showProblems={filterError !== null}
            />
          </div>
          {filterError && <Alert type="error" showIcon title={filterError} style={{ marginTop: 8 }} />}
        </Form.Item>
      </Form>
    </Modal>
  );
};
