import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../../shared/contracts/teams';
import { TeamCreateSchema } from '../../../../shared/contracts/teams';
import { useApiError } from '../../../app/forms/use-api-error';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { useCreateTeam, useUpdateTeam } from '../api/teams.api';

type TeamFormModalProps = {
  open: boolean;
  /** The team to rename; without it a new team is created. */
  team?: Team | null;
  onClose: () => void;
};

/** Create a team, or rename one (with its version, so a stale rename is refused). */
export const TeamFormModal = ({ open, team, onClose }: TeamFormModalProps) => {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const zodRule = useZodRule();
  const onApiError = useApiError();
  const create = useCreateTeam();
  const update = useUpdateTeam();
  const [form] = Form.useForm<{ name: string }>();

  const submit = ({ name }: { name: string }) => {
    const trimmed = name.trim();
    if (!team) {
      create.mutate(
        { name: trimmed },
        {
          onSuccess: () => {
            message.success(t('people.teams.created', { name: trimmed }));
            onClose();
          },
          onError: (error) => onApiError(error, form),
        },
      );
      return;
    }
    update.mutate(
      { id: team.id, name: trimmed, version: team.version },
      {
        onSuccess: () => {
          message.success(t('people.teams.renamed'));
          onClose();
        },
        onError: (error) => {
          if (error.code !== 'CONFLICT') return onApiError(error, form);
          notification.warning({
            title: t('common.errors.codes.CONFLICT'),
            description: t('people.teams.conflict'),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={team ? t('people.teams.renameTitle') : t('people.teams.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={team ? t('common.actions.save') : t('common.actions.create')}
      okButtonProps={{ loading: create.isPending || update.isPending, ...{ 'data-testid': 'team-submit' } }}
      cancelText={t('common.actions.cancel')}
      destroyOnHidden
      width={440}
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ name: team?.name ?? '' }}
        onFinish={submit}
        name="team"
        preserve={false}
      >
        <Form.Item name="name" label={t('people.teams.name')} rules={[zodRule(TeamCreateSchema.shape.name)]}>
          <Input autoFocus placeholder={t('people.teams.namePlaceholder')} data-testid="team-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
