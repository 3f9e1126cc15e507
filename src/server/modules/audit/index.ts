import type { Deps } from '../../platform/deps';
import { auditRoutes } from './audit.routes';
import { createAuditService } from './audit.service';

/** Browsing the audit log; writing to it is platform/audit.ts, used by every module. */
export const createAudit = (deps: Deps) => {
  const service = createAuditService(deps);
  return { service, routes: auditRoutes(service) };
};

export type { AuditService } from './audit.service';
