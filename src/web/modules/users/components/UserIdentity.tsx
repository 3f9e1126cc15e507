import { Avatar, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/contracts/users';

type UserIdentityProps = { user: Pick<User, 'name' | 'email'>; isMe: boolean };

/** Avatar, name and email in one cell; long values end in an ellipsis with the full text on hover. */
export const UserIdentity = ({ user, isMe }: UserIdentityProps) => {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={10} style={{ minWidth: 0 }}>
      <Avatar size="small" style={{ background: '#6366f1', flex: 'none' }}>
        {user.name.charAt(0).toUpperCase()}
      </Avatar>
      <Flex vertical style={{ minWidth: 0 }}>
        <Flex align="center" gap={6} style={{ minWidth: 0 }}>
          <Typography.Text strong={isMe} ellipsis={{ tooltip: user.name }}>
            {user.name}
          </Typography.Text>
          {isMe && (
            <Tag variant="filled" style={{ marginInlineEnd: 0, flex: 'none' }}>
              {t('people.users.you')}
            </Tag>
          )}
        </Flex>
        <Typography.Text
          type="secondary"
          copyable={{ text: user.email }}
          ellipsis={{ tooltip: user.email }}
          style={{ fontSize: 12 }}
        >
          {user.email}
        </Typography.Text>
      </Flex>
    </Flex>
  );
};
