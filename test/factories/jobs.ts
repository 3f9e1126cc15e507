import type { Kehu } from '../../src/server/kehu';
import { newId } from '../../src/server/platform/ids';

/** A job of the organisation that has used up its attempts, as the runner leaves it. */
export const insertFailedJob = async (kehu: Kehu, orgId: string | null): Promise<string> => {
  const id = newId();
  await kehu.deps.db
    .insertInto('jobs')
    .values({
      id,
      org_id: orgId,
      type: 'housekeeping.cleanup',
      payload: '{}',
      status: 'failed',
      attempts: 5,
      max_attempts: 5,
      last_error: 'connection reset',
      finished_at: new Date(),
    })
    .execute();
  return id;
};
