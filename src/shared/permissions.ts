/** Every permission Kehu checks, and the one table that grants them to roles. */
export const permissions = [
  'org.manage',
  'users.read',
  'users.manage',
  'teams.manage',
  'apikeys.manage',
  'audit.read',
  'jobs.read',
  'jobs.manage',
  'customers.read',
  'customers.write',
  'customers.delete',
  'customers.reveal',
  'customers.import',
  'customers.export',
  'orders.read',
  'orders.write',
  'products.manage',
  'deals.read',
  'deals.write',
  'activities.read',
  'activities.write',
  'feedback.read',
  'feedback.write',
  'surveys.manage',
  'segments.manage',
  'analytics.read',
] as const;

export type Permission = (typeof permissions)[number];

export const roles = ['owner', 'admin', 'manager', 'sales', 'service', 'analyst', 'readonly'] as const;
export type Role = (typeof roles)[number];

/** Which customers a role sees: its own, its team's, or every one in the organisation. */
export type RecordScope = 'own' | 'team' | 'all';

const readAll: Permission[] = [
  'users.read',
  'customers.read',
  'orders.read',
  'deals.read',
  'activities.read',
  'feedback.read',
  'analytics.read',
];
const salesWork: Permission[] = [
  'customers.write',
  'customers.import',
  'customers.export',
  'orders.write',
  'deals.write',
  'activities.write',
  'feedback.write',
];

export const roleGrants: Record<Role, { permissions: readonly Permission[]; scope: RecordScope }> = {
  owner: { permissions: permissions, scope: 'all' },
  admin: { permissions: permissions, scope: 'all' },
  manager: {
    permissions: [
      ...readAll,
      ...salesWork,
      'customers.delete',
      'customers.reveal',
      'products.manage',
      'segments.manage',
      'surveys.manage',
      'jobs.read',
    ],
    scope: 'team',
  },
  sales: { permissions: [...readAll, ...salesWork, 'customers.reveal'], scope: 'own' },
  service: {
    permissions: [...readAll, 'customers.write', 'activities.write', 'feedback.write', 'customers.reveal'],
    scope: 'all',
  },
  analyst: { permissions: [...readAll, 'segments.manage', 'customers.export', 'jobs.read'], scope: 'all' },
  readonly: { permissions: readAll, scope: 'all' },
};

export const can = (role: Role, permission: Permission): boolean =>
  roleGrants[role].permissions.includes(permission);

/** Roles a user may hand out: never one above their own (only an owner makes owners). */
export const assignableRoles = (role: Role): Role[] =>
  role === 'owner' ? [...roles] : role === 'admin' ? roles.filter((r) => r !== 'owner') : [];
