import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import type { AuditService } from '../audit/index';
import { createBulkActionsService } from './bulk/bulk-actions.service';
import { customerSettingsRoutes } from './custom-fields/custom-fields.routes';
import { createCustomFieldsService } from './custom-fields/custom-fields.service';
import { createCustomerListService } from './customer-list.service';
import { createCustomerJobs } from './customers.jobs';
import { customerExportRoutes } from './export/customer-export.routes';
import { createCustomerExportService } from './export/customer-export.service';
import { customersRoutes } from './customers.routes';
import { createCustomersService } from './customers.service';
import { duplicateScanJob } from './duplicates/duplicates.jobs';
import { duplicatesRoutes } from './duplicates/duplicates.routes';
import { createDuplicatesService } from './duplicates/duplicates.service';
import { createMergeService } from './merge/merge.service';
import { createPicklistsService } from './picklists/picklists.service';
import { createSearchService } from './search/search.service';
import { segmentsRoutes } from './segments/segments.routes';
import { createSegmentsService } from './segments/segments.service';
import { createTimelineService } from './timeline/timeline.service';
import { savedViewsRoutes } from './views/saved-views.routes';
import { createSavedViewsService } from './views/saved-views.service';
import { createWebFormSubmitService } from './web-forms/web-form-submit.service';
import { webFormsRoutes } from './web-forms/web-forms.routes';
import { createCustomerImport } from './import/customer-import';
import { createWebFormsService } from './web-forms/web-forms.service';

export { addTimelineEvents, type TimelineEntry } from './timeline/timeline';
export type { MergeStep } from './merge/merge.service';
export {
  createCustomersByRef,
  findCustomersByRef,
  type CustomerRef,
  type FoundCustomer,
} from './references/customer-refs';
export { visibleCustomers } from './visibility';
/** How a customer row is built with its search keys, for bulk loaders (the demo data set). */
export { customerRow, type NewCustomerRow } from './import/import-batch.queries';
export { searchColumns, type ProfileColumns } from './profile/customer-profile';
export { selectionConditions, type CustomerSelection } from './customer-list.service';
export type { SegmentSavedStep } from './segments/segments.service';
/** The import machinery other modules' imports reuse: stored files, records, leases, problems. */
export { storeUpload, storedFile } from './import/import-source';
export { detectShape, readRecords, uniqueHeaders, type FileShape } from './import/import-records';
export {
  acquireLease,
  advanceImport,
  deleteChunks,
  insertImport,
  insertProblems,
  listProblemRows,
  moveImport,
  releaseLease,
  type ImportRow,
} from './import/import.queries';
export { actorSnapshot } from './import/import-settings';
export { toImportProblem } from './import/import-view';
export { escapeFormula } from './export/export-cells';
export {
  importCustomerFile,
  runCustomerImport,
  type ImportFileOptions,
  type ImportProgress,
} from './import/customer-import';

/** Customers (C1–C8, A1, T1–T2): profiles, the table, search, 360, settings. */
export const createCustomers = (deps: Deps, audit: AuditService) => {
  const customers = createCustomersService(deps);
  const lists = createCustomerListService(deps);
  const search = createSearchService(deps);
  const timeline = createTimelineService(deps, audit);
  const bulk = createBulkActionsService(deps);
  const fields = createCustomFieldsService(deps);
  const picklists = createPicklistsService(deps);
  const savedViews = createSavedViewsService(deps);
  const exports = createCustomerExportService(deps);
  const segments = createSegmentsService(deps);
  const duplicates = createDuplicatesService(deps);
  const merge = createMergeService(deps);
  const webForms = createWebFormsService(deps);
  const webFormSubmit = createWebFormSubmitService(deps);
  const customerImport = createCustomerImport(deps);
  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(customersRoutes({ customers, lists, search, timeline, bulk }));
    await app.register(customerSettingsRoutes(fields, picklists));
    await app.register(savedViewsRoutes(savedViews));
    await app.register(customerExportRoutes(exports));
    await app.register(segmentsRoutes(segments));
    await app.register(duplicatesRoutes(duplicates, merge));
    await app.register(webFormsRoutes(webForms, webFormSubmit, deps.config));
    await app.register(customerImport.routes);
  };
  const { jobs, schedules } = createCustomerJobs(deps);
  return {
    customers,
    lists,
    search,
    timeline,
    bulk,
    fields,
    picklists,
    exports,
    segments,
    routes,
    jobs: [...jobs, duplicateScanJob as unknown as (typeof jobs)[number]],
    schedules,
    duplicates,
    webForms,
    /** Later modules derive from segments (analytics precomputes them): see SegmentSavedStep. */
    registerSegmentSavedStep: segments.registerSegmentSavedStep,
    /** Later modules (orders, activities …) move their records in every merge: see MergeStep. */
    registerMergeStep: merge.registerMergeStep,
    /** Customer import: the service behind /imports (the CLI reads problems through it). */
    imports: customerImport.imports,
  };
};
