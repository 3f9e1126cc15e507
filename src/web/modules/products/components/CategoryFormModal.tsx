import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProductCategoryCreateSchema, type ProductCategory } from '../../../../shared/contracts/products';
import { useApiError } from '../../../app/forms/use-api-error';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { useCreateCategory, useUpdateCategory } from '../api/categories.api';
import { CategoryTreeSelect } from './CategoryTreeSelect';

type CategoryFormModalProps = {
  /** The category to rename or move; without it a new one is created under `parentId`. */
  category?: ProductCategory;
  parentId?: string | null;
  onClose: () => void;
};

type Values = { name: string; parentId: string | null };

/** Creates a category, or renames and moves one (with its version, so a stale edit is refused). */
export const CategoryFormModal = ({ category, parentId = null, onClose }: CategoryFormModalProps) => {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const zodRule = useZodRule();
  const onApiError = useApiError();
  const create = useCreateCategory();
  const update = useUpdateCategory();
  const [form] = Form.useForm<Values>();

  const submit = ({ name, parentId: parent }: Values) => {
    const done = () => {
      message.success(t('common.feedback.saved'));
      onClose();
    };
    if (!category) {
      create.mutate(
        { name: name.trim(), parentId: parent },
        { onSuccess: done, onError: (error) => onApiError(error, form) },
      );
      return;
    }
    update.mutate(
      {
        id: category.id,
        version: category.version,
        ...(name.trim() !== category.name ? { name: name.trim() } : {}),
        ...(parent !== category.parentId ? { parentId: parent } : {}),
      },
      {
        onSuccess: done,
        onError: (error) => {
          if (error.code !== 'CONFLICT') return onApiError(error, form);
          notification.warning({ title: t('common.errors.codes.CONFLICT'), description: error.message });
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t(category ? 'products.category.editTitle' : 'products.category.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(category ? 'common.actions.save' : 'common.actions.create')}
      okButtonProps={{
        loading: create.isPending || update.isPending,
        ...{ 'data-testid': 'category-submit' },
      }}
      cancelText={t('common.actions.cancel')}
      destroyOnHidden
      width={460}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        name="product-category"
        initialValues={{ name: category?.name ?? '', parentId: category?.parentId ?? parentId }}
        onFinish={submit}
      >
        <Form.Item
          name="name"
          label={t('products.category.name')}
          rules={[zodRule(ProductCategoryCreateSchema.shape.name)]}
        >
          <Input autoFocus maxLength={100} data-testid="category-name" />
        </Form.Item>
        <Form.Item
          name="parentId"
          label={t('products.category.parent')}
          extra={t('products.category.parentHelp')}
        >
          <CategoryTreeSelect
            excludeId={category?.id}
            placeholder={t('products.category.topLevel')}
            data-testid="category-parent"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
};
