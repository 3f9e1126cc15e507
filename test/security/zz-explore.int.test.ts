import { it } from 'vitest';
import { startTestKehu, call } from '../support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../factories/accounts';
it.each(['postgres', 'embedded'] as const)('explore %s', async (kind) => {
  const kehu = await startTestKehu(kind);
  const owner = await insertOrgWithOwner(kehu);
  const show = (label: string, r: { statusCode: number; body: string }) => console.log(kind, label, r.statusCode, r.body.slice(0, 300));
  show('bigversion', await call(kehu, owner, 'PATCH', '/api/v1/org', { name: 'x', version: 3000000000 }));
  show('bigversion2', await call(kehu, owner, 'PATCH', '/api/v1/org', { name: 'x', version: 1e300 }));
  show('date', await call(kehu, owner, 'GET', '/api/v1/audit?from=2024-02-31T00:00:00Z'));
  show('date2', await call(kehu, owner, 'GET', '/api/v1/audit?from=2024-02-30T25:00:00Z'));
  const teams = await Promise.all([1, 2, 3].map(() => call(kehu, owner, 'POST', '/api/v1/teams', { name: 'Race' })));
  teams.forEach((t) => show('team race', t));
  const o2 = await insertMember(kehu, owner, 'owner');
  const [a, b] = await Promise.all([
    call(kehu, owner, 'PATCH', `/api/v1/users/${o2.me.user.id}`, { role: 'admin', version: 1 }),
    call(kehu, o2, 'PATCH', `/api/v1/users/${owner.me.user.id}`, { role: 'admin', version: 2 }),
  ]);
  show('owner race a', a); show('owner race b', b);
  const users = (await call(kehu, owner, 'GET', '/api/v1/users')).json().data.map((u: any) => [u.role, u.version]);
  console.log(kind, users);
  await kehu.stop();
});
