import { AppError } from '../../shared/errors';

/** The error for an update whose `version` is stale: someone else saved first. */
export const staleVersion = (entity: string, current: unknown): AppError =>
  new AppError(
    'CONFLICT',
    `This ${entity} was changed by someone else; reload to see the current values and try again.`,
    {
      current,
    },
  );
