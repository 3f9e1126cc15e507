import type { Deps } from '../../../platform/deps';
import { createImportService } from './import.service';
import { importRoutes } from './import.routes';
import { createImportTemplatesService } from './import-templates.service';

export { runCustomerImport, type ImportProgress } from './import-runner';
export { importCustomerFile, type ImportFileOptions } from './import-file';

/** Customer import (C8): services and routes; the job is registered by customers.jobs.ts. */
export const createCustomerImport = (deps: Deps) => {
  const imports = createImportService(deps);
  const templates = createImportTemplatesService(deps);
  return { imports, templates, routes: importRoutes(imports, templates) };
};
