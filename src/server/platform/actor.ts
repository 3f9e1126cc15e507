import type { Role } from '../../shared/permissions';

/** Who is acting: a signed-in user, an API key, or Kehu itself (jobs, schedules). */
export type Actor = {
  type: 'user' | 'api_key' | 'system';
  orgId: string;
  /** The user, or the user who created the API key. */
  userId: string | null;
  apiKeyId: string | null;
  teamId: string | null;
  role: Role;
  name: string;
  requestId: string | null;
  ip: string | null;
};

export const systemActor = (orgId: string, name = 'Kehu'): Actor => ({
  type: 'system',
  orgId,
  userId: null,
  apiKeyId: null,
  teamId: null,
  role: 'owner',
  name,
  requestId: null,
  ip: null,
});
