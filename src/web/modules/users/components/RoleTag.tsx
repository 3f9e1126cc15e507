import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/permissions';

export const roleColors: Record<Role, string> = {
  owner: 'magenta',
  admin: 'volcano',
  manager: 'geekblue',
  sales: 'green',
  service: 'cyan',
  analyst: 'purple',
  readonly: 'default',
};

/** A role as a coloured tag, with what it may do in the tooltip. */
export const RoleTag = ({ role }: { role: Role }) => {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`common.roles.${role}.description`)}>
      <Tag color={roleColors[role]} style={{ marginInlineEnd: 0 }}>
        {t(`common.roles.${role}.label`)}
      </Tag>
    </Tooltip>
  );
};
