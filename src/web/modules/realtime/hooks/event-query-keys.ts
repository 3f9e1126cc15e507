import type { ChangeEvent } from '../../../../shared/contracts/events';

/** Entity names the server may use, mapped onto the query keys the web app uses. */
const aliases: Record<string, string> = {
  user: 'users',
  team: 'teams',
  organisation: 'org',
  organization: 'org',
  orgs: 'org',
  api_key: 'api-keys',
  apiKey: 'api-keys',
  'api-key': 'api-keys',
  api_keys: 'api-keys',
  invitation: 'invitations',
  job: 'jobs',
  schedule: 'jobs',
};

/**
 * The query-key prefixes to refetch after a change. Every change also lands in the audit log, and a
 * change to the organisation or to oneself also changes /auth/me.
 */
export const queryKeysForEvent = (event: ChangeEvent, myUserId: string | null): string[][] => {
  const entity = aliases[event.entityType] ?? event.entityType;
  const keys = [[entity], ['audit']];
  if (entity === 'org' || (entity === 'users' && event.entityId !== null && event.entityId === myUserId)) {
    keys.push(['me']);
  }
  if (entity === 'invitations') keys.push(['users']);
  if (entity === 'users') keys.push(['teams']);
  return keys;
};
