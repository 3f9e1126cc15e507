import { useCallback } from 'react';
import type { Permission } from '../../../../shared/permissions';
import { useMe } from '../api/me.api';

/** Whether the signed-in person holds a permission; hide what they cannot use. */
export const useCan = () => {
  const { data: me } = useMe();
  return useCallback((permission: Permission) => !!me?.permissions.includes(permission), [me]);
};
