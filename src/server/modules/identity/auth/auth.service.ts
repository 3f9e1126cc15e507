import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { AppError } from '../../../../shared/errors';
import { roleGrants, type Role } from '../../../../shared/permissions';
import type { Me, MeUpdate, Setup, SignIn } from '../../../../shared/contracts/auth';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import type { Deps } from '../../../platform/deps';
import { hashSecret, newId, newSecret } from '../../../platform/ids';
import { clearRateLimit, hitRateLimit, peekRateLimit } from '../../../platform/rate-limit';
import { transact } from '../../../platform/transaction';
import { countOrgs, findOrg, insertOrg, toOrg } from '../org/org.queries';
import {
  findUser,
  findUserByEmail,
  insertUser,
  recordSignIn,
  updateUserRow,
  type UserRow,
} from '../users/users.queries';
import { assertStrongPassword, decoyHash, hashPassword, verifyPassword } from './passwords';
import { deleteSession, deleteUserSessions, insertSession } from './sessions.queries';

/** `requestId` ties the audit entries of a write made before sign-in to its request. */
export type ClientInfo = { ip: string | null; userAgent: string | null; requestId?: string | null };
export type SignedIn = { me: Me; sessionToken: string };

const ACCOUNT_FAILURES = 5;
const IP_FAILURES = 30;
const LOCKOUT_SECONDS = 15 * 60;

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

export const createAuthService = (deps: Deps) => {
  const startSession = async (db: Kysely<DB>, user: UserRow, client: ClientInfo) => {
    const token = newSecret();
    const csrfToken = newSecret(24);
    await insertSession(db, {
      org_id: user.org_id,
      id: hashSecret(token),
      user_id: user.id,
      csrf_token: csrfToken,
      ip: client.ip,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
      expires_at: new Date(Date.now() + deps.config.sessionMaxDays * 86_400_000),
    });
    return { token, csrfToken };
  };

  const meOf = async (db: Kysely<DB>, orgId: string, userId: string, csrfToken: string): Promise<Me> => {
    const [user, org] = await Promise.all([findUser(db, orgId, userId), findOrg(db, orgId)]);
    if (!user || !org) throw new AppError('UNAUTHENTICATED', 'Your account no longer exists; sign in again.');
    const role = user.role as Role;
    return {
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        role,
        teamId: user.team_id,
        language: (user.language as Me['user']['language']) ?? null,
        theme: user.theme as Me['user']['theme'],
      },
      org: toOrg(org),
      permissions: [...roleGrants[role].permissions],
      csrfToken,
    };
  };

  /** Creates an organisation and its owner (onboarding and `kehu create-admin`). */
  const createOrgWithOwner = async (db: Kysely<DB>, input: Setup, client?: ClientInfo): Promise<UserRow> => {
    assertStrongPassword(input.password, [input.email, input.name, input.orgName]);
    if (await findUserByEmail(db, input.email)) {
      throw new AppError('CONFLICT', `An account with ${input.email} already exists; sign in instead.`, {
        issues: [{ path: 'body.email', message: 'already has an account' }],
      });
    }
    const passwordHash = await hashPassword(input.password);
    return db.transaction().execute(async (tx) => {
      const org = await insertOrg(tx, {
        id: newId(),
        name: input.orgName,
        time_zone: input.timeZone,
        currency: input.currency,
        language: input.language,
      });
      const owner = await insertUser(tx, {
        org_id: org.id,
        id: newId(),
        email: input.email,
        name: input.name,
        password_hash: passwordHash,
        role: 'owner',
        team_id: null,
        language: input.language,
      });
      const actor: Actor = {
        type: 'user',
        orgId: org.id,
        userId: owner.id,
        apiKeyId: null,
        teamId: null,
        role: 'owner',
        name: owner.name,
        requestId: client?.requestId ?? null,
        ip: client?.ip ?? null,
      };
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'org',
        entityId: org.id,
        after: toOrg(org),
      });
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'user',
        entityId: owner.id,
        after: { email: owner.email, name: owner.name, role: owner.role },
      });
      return owner;
    });
  };

  return {
    createOrgWithOwner,

    /** Starts a session for a user who has just proven who they are (invitation accepted). */
    async sessionFor(user: UserRow, client: ClientInfo): Promise<SignedIn> {
      const { token, csrfToken } = await startSession(deps.db, user, client);
      return { me: await meOf(deps.db, user.org_id, user.id, csrfToken), sessionToken: token };
    },

    async needsSetup(): Promise<boolean> {
      return (await countOrgs(deps.db)) === 0;
    },

    /** First-run onboarding; refused once any organisation exists. */
    async setup(input: Setup, client: ClientInfo): Promise<SignedIn> {
      if ((await countOrgs(deps.db)) > 0)
        throw new AppError('CONFLICT', 'Kehu is already set up; sign in instead.');
      const owner = await createOrgWithOwner(deps.db, input, client);
      const { token, csrfToken } = await startSession(deps.db, owner, client);
      return { me: await meOf(deps.db, owner.org_id, owner.id, csrfToken), sessionToken: token };
    },

    /** Throws UNAUTHENTICATED for a wrong email or password, RATE_LIMITED after repeated failures. */
    async signIn(input: SignIn, client: ClientInfo): Promise<SignedIn> {
      const accountKey = `sign-in:account:${input.email}`;
      const ipKey = `sign-in:ip:${client.ip ?? 'unknown'}`;
      const [account, ip] = await Promise.all([
        peekRateLimit(deps.db, accountKey),
        peekRateLimit(deps.db, ipKey),
      ]);
      if (account.hits >= ACCOUNT_FAILURES || ip.hits >= IP_FAILURES) {
        const retry = Math.max(
          account.hits >= ACCOUNT_FAILURES ? account.retryAfterSeconds : 0,
          ip.hits >= IP_FAILURES ? ip.retryAfterSeconds : 0,
        );
        throw new AppError(
          'RATE_LIMITED',
          `Too many failed sign-ins ${account.hits >= ACCOUNT_FAILURES ? 'for this account' : 'from your network'}. Try again in ${minutes(retry)} minute(s).`,
          { retryAfterSeconds: retry },
        );
      }
      const user = await findUserByEmail(deps.db, input.email);
      const ok = await verifyPassword(user?.password_hash ?? (await decoyHash), input.password);
      if (!user || !ok) {
        await Promise.all([
          hitRateLimit(deps.db, accountKey, LOCKOUT_SECONDS),
          hitRateLimit(deps.db, ipKey, LOCKOUT_SECONDS),
        ]);
        throw new AppError('UNAUTHENTICATED', 'The email or password is wrong.');
      }
      if (user.status !== 'active')
        throw new AppError('FORBIDDEN', 'This account has been deactivated; ask an administrator.');
      await clearRateLimit(deps.db, accountKey);
      const { token, csrfToken } = await deps.db.transaction().execute(async (tx) => {
        await recordSignIn(tx, user.org_id, user.id);
        return startSession(tx, user, client);
      });
      return { me: await meOf(deps.db, user.org_id, user.id, csrfToken), sessionToken: token };
    },

    /** Ends the session behind a cookie's token; an unknown or expired token is already signed out. */
    async signOut(sessionToken: string): Promise<void> {
      await deleteSession(deps.db, hashSecret(sessionToken));
    },

    /** The signed-in user's view of themselves, their organisation and their permissions. */
    me: (actor: Actor, csrfToken: string) => {
      if (!actor.userId) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
      return meOf(deps.db, actor.orgId, actor.userId, csrfToken);
    },

    async updateMe(actor: Actor, input: MeUpdate, csrfToken: string): Promise<Me> {
      if (!actor.userId || actor.type !== 'user')
        throw new AppError('FORBIDDEN', 'Only a signed-in person has a profile.');
      const userId = actor.userId;
      await transact(deps, actor, async (tx, emit) => {
        const before = await findUser(tx, actor.orgId, userId);
        const after = await updateUserRow(tx, actor.orgId, userId, undefined, {
          name: input.name,
          language: input.language,
          theme: input.theme,
        });
        await writeAudit(tx, actor, {
          action: 'update',
          entityType: 'user',
          entityId: userId,
          before: { name: before?.name, language: before?.language, theme: before?.theme },
          after: { name: after?.name, language: after?.language, theme: after?.theme },
        });
        emit({ entityType: 'users', entityId: userId, action: 'update', permission: 'users.read' });
      });
      return meOf(deps.db, actor.orgId, userId, csrfToken);
    },

    /** Signs out the user's other sessions. */
    async changePassword(
      actor: Actor,
      input: { currentPassword: string; newPassword: string },
      sessionId: string | null,
    ) {
      if (!actor.userId || actor.type !== 'user')
        throw new AppError('FORBIDDEN', 'Only a signed-in person has a password.');
      const user = await findUser(deps.db, actor.orgId, actor.userId);
      if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
        throw new AppError('INVALID_INPUT', 'The current password is wrong.', {
          issues: [{ path: 'body.currentPassword', message: 'is wrong' }],
        });
      }
      assertStrongPassword(input.newPassword, [user.email, user.name], 'newPassword');
      const passwordHash = await hashPassword(input.newPassword);
      await transact(deps, actor, async (tx) => {
        await updateUserRow(tx, actor.orgId, user.id, undefined, { password_hash: passwordHash });
        await deleteUserSessions(tx, actor.orgId, user.id, sessionId ?? undefined);
        await writeAudit(tx, actor, {
          action: 'change-password',
          entityType: 'user',
          entityId: user.id,
          changes: {},
        });
      });
    },
  };
};

export type AuthService = ReturnType<typeof createAuthService>;
