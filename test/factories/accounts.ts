import type { Kehu } from '../../src/server/kehu';
import type { Setup } from '../../src/shared/contracts/auth';
import type { Role } from '../../src/shared/permissions';
import { call, sessionFrom, signIn, type Session } from '../support/test-kehu';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export const strongPassword = 'Velvet-Harbor-42';

export const makeSetup = (overrides: Partial<Setup> = {}): Setup => {
  const id = unique();
  return {
    orgName: `Org ${id}`,
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
    language: 'zh-CN',
    name: `Owner ${id}`,
    email: `owner-${id}@example.com`,
    password: strongPassword,
    ...overrides,
  };
};

/** A new organisation with its owner, signed in. */
export const insertOrgWithOwner = async (kehu: Kehu, overrides: Partial<Setup> = {}): Promise<Session> => {
  const setup = makeSetup(overrides);
  await kehu.modules.identity.auth.createOrgWithOwner(kehu.deps.db, setup);
  return signIn(kehu, setup.email, setup.password);
};

/** A colleague in the owner's organisation, through the real invitation flow, signed in. */
export const insertMember = async (
  kehu: Kehu,
  owner: Session,
  role: Role,
  teamId: string | null = null,
): Promise<Session> => {
  const email = `${role}-${unique()}@example.com`;
  const invite = await call(kehu, owner, 'POST', '/api/v1/invitations', { email, role, teamId });
  if (invite.statusCode !== 200) throw new Error(`invite failed: ${invite.body}`);
  const token = invite.json<{ link: string }>().link.split('/invite/')[1]!;
  return sessionFrom(
    await call(kehu, null, 'POST', `/api/v1/invitations/${token}/accept`, {
      name: `${role} ${email}`,
      password: strongPassword,
    }),
  );
};
