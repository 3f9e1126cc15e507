import { Flex, Select, Typography, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/permissions';

type RoleSelectProps = Omit<SelectProps<Role>, 'options'> & {
  /** The roles that may be chosen (see assignableRoles). */
  roles: readonly Role[];
  /** Labels only, for table cells; otherwise each option also explains the role. */
  compact?: boolean;
};

/** Picks a role; options show the translated name and a one-line description. */
export const RoleSelect = ({ roles, compact = false, ...props }: RoleSelectProps) => {
  const { t } = useTranslation();
  return (
    <Select<Role>
      {...props}
      options={roles.map((role) => ({ value: role, label: t(`common.roles.${role}.label`) }))}
      popupMatchSelectWidth={compact ? 260 : true}
      optionRender={(option) => (
        <Flex vertical style={{ padding: '2px 0', whiteSpace: 'normal' }}>
          <Typography.Text strong>{option.label}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`common.roles.${option.value as Role}.description`)}
          </Typography.Text>
        </Flex>
      )}
    />
  );
};
