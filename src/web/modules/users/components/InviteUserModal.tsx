import { Alert, Button, Form, Input, Modal, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InvitationCreateSchema } from '../../../../shared/contracts/users';
import { assignableRoles, type Role } from '../../../../shared/permissions';
import { useApiError } from '../../../app/forms/use-api-error';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { CopyField } from '../../../ui/CopyField';
import { useSignedInMe } from '../../auth/api/me.api';
import { useCan } from '../../auth/hooks/use-can';
import { TeamSelect } from '../../teams/components/TeamSelect';
import { useCreateInvitation } from '../api/invitations.api';
import { RoleSelect } from './RoleSelect';

type InviteValues = { email: string; role: Role; teamId?: string | null };

/** The server may answer with a path; a link someone can open elsewhere needs the origin. */
const absolute = (link: string) => (link.startsWith('/') ? `${window.location.origin}${link}` : link);

/** Invite someone: email, role, team → a link shown once, ready to copy. */
export const InviteUserModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const zodRule = useZodRule();
  const onApiError = useApiError();
  const me = useSignedInMe();
  const can = useCan();
  const create = useCreateInvitation();
  const [form] = Form.useForm<InviteValues>();
  const [created, setCreated] = useState<{ email: string; link: string; emailed: boolean } | null>(null);
  const roles = assignableRoles(me.user.role);

  const submit = (values: InviteValues) =>
    create.mutate(
      { email: values.email.trim(), role: values.role, teamId: values.teamId ?? null },
      {
        onSuccess: ({ invitation, link, emailed }) =>
          setCreated({ email: invitation.email, link: absolute(link), emailed }),
        onError: (error) => onApiError(error, form),
      },
    );
  const again = () => {
    setCreated(null);
    form.resetFields();
  };
  const close = () => {
    onClose();
    again();
  };

  return (
    <Modal
      open={open}
      onCancel={close}
      title={created ? undefined : t('people.invitations.modalTitle')}
      destroyOnHidden
      width={520}
      footer={
        created
          ? [
              <Button key="again" onClick={again} data-testid="invite-another">
                {t('people.invitations.inviteAnother')}
              </Button>,
              <Button key="done" type="primary" onClick={close} data-testid="invite-done">
                {t('common.actions.done')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={close}>
                {t('common.actions.cancel')}
              </Button>,
              <Button
                key="submit"
                type="primary"
                loading={create.isPending}
                onClick={() => form.submit()}
                data-testid="invite-submit"
              >
                {t('people.invitations.submit')}
              </Button>,
            ]
      }
    >
      {created ? (
        <Result
          status="success"
          title={t('people.invitations.createdTitle')}
          subTitle={t(
            created.emailed ? 'people.invitations.createdEmailed' : 'people.invitations.createdIntro',
            {
              email: created.email,
            },
          )}
          style={{ padding: '16px 0 0' }}
          extra={
            <CopyField value={created.link} testId="invite-link" ariaLabel={t('people.invitations.link')} />
          }
        />
      ) : (
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ role: roles.includes('sales') ? 'sales' : roles[0], teamId: null }}
          onFinish={submit}
          name="invite"
        >
          <Alert
            type="info"
            showIcon
            title={t('people.invitations.modalIntro')}
            style={{ marginBottom: 16 }}
          />
          <Form.Item
            name="email"
            label={t('people.invitations.email')}
            rules={[zodRule(InvitationCreateSchema.shape.email)]}
          >
            <Input
              type="email"
              autoFocus
              placeholder={t('people.invitations.emailPlaceholder')}
              data-testid="invite-email"
            />
          </Form.Item>
          <Form.Item
            name="role"
            label={t('people.invitations.role')}
            rules={[zodRule(InvitationCreateSchema.shape.role)]}
          >
            <RoleSelect roles={roles} data-testid="invite-role" aria-label={t('people.invitations.role')} />
          </Form.Item>
          {can('users.manage') && (
            <Form.Item name="teamId" label={t('people.invitations.team')}>
              <TeamSelect data-testid="invite-team" aria-label={t('people.invitations.team')} />
            </Form.Item>
          )}
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      )}
    </Modal>
  );
};
