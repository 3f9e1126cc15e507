import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../../shared/permissions';
import { useCan } from '../hooks/use-can';

/** Shows its children only to people holding the permission; others see a polite 403. */
export const RequirePermission = ({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) => {
  const can = useCan();
  const { t } = useTranslation();
  if (!can(permission)) {
    return (
      <Result status="403" title={t('common.forbidden.title')} subTitle={t('common.forbidden.subtitle')} />
    );
  }
  return children;
};
