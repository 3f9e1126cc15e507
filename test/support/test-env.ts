import { join, resolve } from 'node:path';

/** Where test runs keep throwaway files (data directories, templates, screenshots). */
export const testRoot = resolve('.kehu-test');

/** The PostgreSQL server every run uses; each run creates and drops its own databases there. */
export const adminDatabaseUrl = process.env.KEHU_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const pgUrlFor = (database: string): string => {
  const url = new URL(adminDatabaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

export const templateFileFor = (runId: string): string => join(testRoot, runId, 'pglite-template.tar.gz');
export const pgTemplateFor = (runId: string): string => `kehu_tpl_${runId}`;
