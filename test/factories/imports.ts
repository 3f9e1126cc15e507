import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Kehu } from '../../src/server/kehu';
import type { Import, ImportStart, ImportUploadResult } from '../../src/shared/contracts/imports';
import { call, type Session } from '../support/test-kehu';

export const fixture = (name: string): Buffer => readFileSync(resolve('test/fixtures/imports', name));

/** Uploads bytes as the browser does: the raw file as the body. */
export const uploadFile = async (kehu: Kehu, session: Session, fileName: string, bytes: Buffer | string) =>
  kehu.app.inject({
    method: 'POST',
    url: `/api/v1/imports?fileName=${encodeURIComponent(fileName)}`,
    payload: bytes,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      'content-type': 'application/octet-stream',
    },
  });

export const upload = async (kehu: Kehu, session: Session, fileName: string, bytes: Buffer | string) => {
  const res = await uploadFile(kehu, session, fileName, bytes);
  if (res.statusCode !== 200) throw new Error(`upload failed ${res.statusCode}: ${res.body}`);
  return res.json<ImportUploadResult>();
};

/** Starts an import and runs queued jobs until none is left; returns the import as it ended. */
export const runImport = async (
  kehu: Kehu,
  session: Session,
  id: string,
  body: Partial<ImportStart> & Pick<ImportStart, 'mapping'>,
): Promise<Import> => {
  const started = await call(kehu, session, 'POST', `/api/v1/imports/${id}/start`, body);
  if (started.statusCode !== 200) throw new Error(`start failed ${started.statusCode}: ${started.body}`);
  await kehu.runner.drain();
  return (await call(kehu, session, 'GET', `/api/v1/imports/${id}`)).json<Import>();
};

/** A CSV from rows of cells, quoting where needed. */
export const csvOf = (rows: (string | number)[][]): string =>
  rows
    .map((r) =>
      r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(','),
    )
    .join('\n') + '\n';
