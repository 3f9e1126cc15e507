import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB, InvitationsTable } from '../../../db/schema';
import type { Invitation } from '../../../../shared/contracts/users';
import type { Role } from '../../../../shared/permissions';
import { iso, isoOrNull } from '../../../platform/time';

export type InvitationRow = Selectable<InvitationsTable>;

export const toInvitation = (row: InvitationRow): Invitation => ({
  id: row.id,
  email: row.email,
  role: row.role as Role,
  teamId: row.team_id,
  expiresAt: iso(row.expires_at),
  acceptedAt: isoOrNull(row.accepted_at),
  createdAt: iso(row.created_at),
});

export const insertInvitation = (db: Kysely<DB>, row: Insertable<InvitationsTable>) =>
  db.insertInto('invitations').values(row).returningAll().executeTakeFirstOrThrow();

export const listOpenInvitations = (db: Kysely<DB>, orgId: string) =>
  db
    .selectFrom('invitations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();

/** A usable invitation: not accepted, not revoked, not expired. */
export const findUsableInvitation = (db: Kysely<DB>, tokenHash: string) =>
  db
    .selectFrom('invitations as i')
    .innerJoin('orgs as o', 'o.id', 'i.org_id')
    .selectAll('i')
    .select(['o.name as org_name', 'o.language as org_language'])
    .where('i.token_hash', '=', tokenHash)
    .where('i.accepted_at', 'is', null)
    .where('i.revoked_at', 'is', null)
    .where('i.expires_at', '>', new Date())
    .executeTakeFirst();

export const revokeInvitationRow = (db: Kysely<DB>, orgId: string, id: string) =>
  db
    .updateTable('invitations')
    .set({ revoked_at: new Date() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();

export const markInvitationAccepted = (db: Kysely<DB>, orgId: string, id: string) =>
  db
    .updateTable('invitations')
    .set({ accepted_at: new Date() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
