import { AppError } from '../../../../shared/errors';
import type { Role } from '../../../../shared/permissions';
import type { InvitationCreate } from '../../../../shared/contracts/users';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import type { Deps } from '../../../platform/deps';
import { hashSecret, newId, newSecret } from '../../../platform/ids';
import { transact } from '../../../platform/transaction';
import type { AuthService, ClientInfo } from '../auth/auth.service';
import { assertStrongPassword, hashPassword } from '../auth/passwords';
import {
  findUsableInvitation,
  insertInvitation,
  listOpenInvitations,
  markInvitationAccepted,
  revokeInvitationRow,
  toInvitation,
} from './invitations.queries';
import { findUserByEmail, insertUser } from './users.queries';
import { assertMayAssign, assertTeamExists } from './users.service';
import { invitationEmail } from './invitation-email';
import { findOrg } from '../org/org.queries';

const INVITATION_DAYS = 7;
const gone = () =>
  new AppError(
    'NOT_FOUND',
    'This invitation link has expired, was revoked or was already used; ask for a new one.',
  );

export const createInvitationsService = (deps: Deps, auth: AuthService) => ({
  /**
   * The link holds the only copy of the token; it is returned once, and emailed to the invitee
   * when SMTP is configured (`emailed` says whether that worked).
   */
  async createInvitation(actor: Actor, input: InvitationCreate, baseUrl: string) {
    assertMayAssign(actor, input.role, input.role);
    if (await findUserByEmail(deps.db, input.email)) {
      throw new AppError('CONFLICT', `${input.email} already has a Kehu account.`, {
        issues: [{ path: 'body.email', message: 'already has an account' }],
      });
    }
    await assertTeamExists(deps.db, actor.orgId, input.teamId);
    const token = newSecret();
    const row = await transact(deps, actor, async (tx, emit) => {
      const created = await insertInvitation(tx, {
        org_id: actor.orgId,
        id: newId(),
        email: input.email,
        role: input.role,
        team_id: input.teamId ?? null,
        token_hash: hashSecret(token),
        invited_by: actor.userId!,
        expires_at: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      });
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'invitation',
        entityId: created.id,
        after: toInvitation(created),
      });
      emit({ entityType: 'invitations', entityId: created.id, action: 'create', permission: 'users.manage' });
      return created;
    });
    const link = `${baseUrl.replace(/\/$/, '')}/invite/${token}`;
    const org = await findOrg(deps.db, actor.orgId);
    const emailed =
      deps.mailer.enabled &&
      (await deps.mailer.send(
        invitationEmail({
          to: input.email,
          language: org?.language ?? 'en',
          orgName: org?.name ?? '',
          inviterName: actor.name,
          role: input.role,
          link,
          days: INVITATION_DAYS,
        }),
      ));
    return { invitation: toInvitation(row), link, emailed };
  },

  async listInvitations(actor: Actor) {
    return { data: (await listOpenInvitations(deps.db, actor.orgId)).map(toInvitation) };
  },

  async revokeInvitation(actor: Actor, id: string) {
    await transact(deps, actor, async (tx, emit) => {
      const row = await revokeInvitationRow(tx, actor.orgId, id);
      if (!row) throw new AppError('NOT_FOUND', `Open invitation ${id} not found`);
      await writeAudit(tx, actor, { action: 'revoke', entityType: 'invitation', entityId: id, changes: {} });
      emit({ entityType: 'invitations', entityId: id, action: 'delete', permission: 'users.manage' });
    });
  },

  async previewInvitation(token: string) {
    const inv = await findUsableInvitation(deps.db, hashSecret(token));
    if (!inv) throw gone();
    return { email: inv.email, orgName: inv.org_name, role: inv.role as Role };
  },

  /** Creates the account and signs it in; the token works once. */
  async acceptInvitation(token: string, input: { name: string; password: string }, client: ClientInfo) {
    const inv = await findUsableInvitation(deps.db, hashSecret(token));
    if (!inv) throw gone();
    assertStrongPassword(input.password, [inv.email, input.name]);
    const passwordHash = await hashPassword(input.password);
    const user = await deps.db.transaction().execute(async (tx) => {
      if (!(await markInvitationAccepted(tx, inv.org_id, inv.id))) throw gone();
      if (await findUserByEmail(tx, inv.email))
        throw new AppError('CONFLICT', `${inv.email} already has a Kehu account; sign in instead.`);
      const created = await insertUser(tx, {
        org_id: inv.org_id,
        id: newId(),
        email: inv.email,
        name: input.name,
        password_hash: passwordHash,
        role: inv.role,
        team_id: inv.team_id,
        language: inv.org_language,
      });
      const actor: Actor = {
        type: 'user',
        orgId: inv.org_id,
        userId: created.id,
        apiKeyId: null,
        teamId: created.team_id,
        role: created.role as Role,
        name: created.name,
        requestId: client.requestId ?? null,
        ip: client.ip,
      };
      await writeAudit(tx, actor, {
        action: 'accept-invitation',
        entityType: 'user',
        entityId: created.id,
        after: { email: created.email, name: created.name, role: created.role, team_id: created.team_id },
      });
      return created;
    });
    const at = new Date().toISOString();
    const base = { orgId: user.org_id, actorId: user.id, at };
    await deps.events.publish([
      { ...base, entityType: 'users', entityId: user.id, action: 'create', permission: 'users.read' },
      { ...base, entityType: 'invitations', entityId: inv.id, action: 'update', permission: 'users.manage' },
    ]);
    return auth.sessionFor(user, client);
  },
});

export type InvitationsService = ReturnType<typeof createInvitationsService>;
