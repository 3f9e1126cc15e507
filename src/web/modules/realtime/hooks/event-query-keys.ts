import type { ChangeEvent } from '../../../../shared/contracts/events';

/**
 * The query-key prefixes to refetch after a change. Every change also lands in the audit log, and a
 * change to the organisation or to oneself also changes /auth/me.
 */
export const queryKeysForEvent = (event: ChangeEvent, myUserId: string | null): string[][] => {
  // The server names events after the web app's query keys (users, teams, org, api-keys, invitations, jobs).
  const entity = event.entityType;
  const keys = [[entity], ['audit']];
  if (entity === 'org' || (entity === 'users' && event.entityId !== null && event.entityId === myUserId)) {
    keys.push(['me']);
  }
  if (entity === 'invitations') keys.push(['users']);
  if (entity === 'users') keys.push(['teams']);
  return keys;
};
