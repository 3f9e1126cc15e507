import { ClusterOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Select, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterNode } from '../../../../shared/filter/filter';
import type { AppError } from '../../../../shared/errors';
import { useApiError } from '../../../app/forms/use-api-error';
import { useCan } from '../../auth/hooks/use-can';
import { useCreateSegment, useSegments } from '../api/segments.api';

type SegmentControlProps = {
  segmentId: string | undefined;
  onSelect: (id: string | undefined) => void;
  /** The table's current filter; "Save as segment" keeps it under a name. */
  filter: FilterNode | undefined;
};

/** Open the table on a segment, or save the current filter as a new one. */
export const SegmentControl = ({ segmentId, onSelect, filter }: SegmentControlProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const can = useCan();
  const segments = useSegments();
  const create = useCreateSegment();
  const [naming, setNaming] = useState(false);
  const [form] = Form.useForm<{ name: string }>();

  const save = ({ name }: { name: string }) =>
    filter &&
    create.mutate(
      { name: name.trim(), filter },
      {
        onSuccess: (segment) => {
          message.success(t('customerTable.segments.saved', { name: segment.name ?? name }));
          setNaming(false);
          form.resetFields();
        },
        onError: (error: AppError) => onApiError(error, form),
      },
    );

  return (
    <Space size={6} wrap>
      <Tooltip title={segments.isError ? t('customerTable.segments.unavailable') : undefined}>
        <Select<string>
          allowClear
          value={segmentId}
          placeholder={t('customerTable.segments.placeholder')}
          disabled={segments.isError && !segmentId}
          loading={segments.isPending}
          suffixIcon={<ClusterOutlined />}
          options={(segments.data ?? []).map((s) => ({
            value: s.id,
            label: typeof s.count === 'number' ? `${s.name} (${s.count.toLocaleString()})` : s.name,
          }))}
          onChange={(id) => onSelect(id || undefined)}
          style={{ minWidth: 180 }}
          popupMatchSelectWidth={false}
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('customerTable.segments.label')}
          data-testid="customers-segment"
        />
      </Tooltip>
      {can('segments.manage') && (
        <Tooltip title={filter ? undefined : t('customerTable.segments.needsFilter')}>
          <Button disabled={!filter} onClick={() => setNaming(true)} data-testid="customers-save-segment">
            {t('customerTable.segments.saveAs')}
          </Button>
        </Tooltip>
      )}
      <Modal
        open={naming}
        title={t('customerTable.segments.saveAs')}
        okText={t('common.actions.save')}
        cancelText={t('common.actions.cancel')}
        confirmLoading={create.isPending}
        onCancel={() => setNaming(false)}
        onOk={() => form.submit()}
        okButtonProps={{ ...{ 'data-testid': 'segment-save-ok' } }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.Item
            name="name"
            label={t('customerTable.segments.name')}
            rules={[
              { required: true, whitespace: true, message: t('common.validation.required') },
              { max: 100, message: t('common.validation.maxLength', { max: 100 }) },
            ]}
          >
            <Input
              autoFocus
              placeholder={t('customerTable.segments.namePlaceholder')}
              data-testid="segment-name"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
};
