import { describe, expect, it } from 'vitest';
import { assignableRoles, can, permissions, roleGrants, roles } from './permissions';

describe('the role table', () => {
  it('gives owners and admins every permission', () => {
    for (const p of permissions) {
      expect(can('owner', p)).toBe(true);
      expect(can('admin', p)).toBe(true);
    }
  });

  it('gives the read-only role no permission that changes anything', () => {
    const writes = roleGrants.readonly.permissions.filter((p) => !p.endsWith('.read'));
    expect(writes).toEqual([]);
  });

  it('lets only owners hand out the owner role, and non-admins hand out nothing', () => {
    expect(assignableRoles('owner')).toContain('owner');
    expect(assignableRoles('admin')).not.toContain('owner');
    expect(assignableRoles('admin')).toContain('admin');
    for (const role of roles.filter((r) => r !== 'owner' && r !== 'admin'))
      expect(assignableRoles(role)).toEqual([]);
  });

  it('limits sales to their own customers and managers to their team', () => {
    expect(roleGrants.sales.scope).toBe('own');
    expect(roleGrants.manager.scope).toBe('team');
    expect(roleGrants.analyst.scope).toBe('all');
  });
});
