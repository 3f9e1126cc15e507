// Runs PGlite on its own thread and serves it over a Unix socket, so a long query never
// blocks the HTTP server's event loop and other processes (the `kehu` CLI) can reach it.
// Plain JavaScript on purpose: worker threads load it directly in development, tests and builds.
import { parentPort, workerData } from 'node:worker_threads';
import { readFile, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createWireServer } from './pglite-wire-server.mjs';

const { dataDir, socketPath, templateFile } = workerData;

const loadDataDir = templateFile ? new Blob([await readFile(templateFile)]) : undefined;
const db = await PGlite.create({ dataDir, extensions: { pg_trgm }, loadDataDir });
const server = createWireServer(db, {
  path: socketPath,
  onError: (error) => console.error('embedded database:', error),
});
await server.listen();
parentPort.postMessage({ type: 'ready' });

parentPort.on('message', async (message) => {
  try {
    if (message.type === 'dump') {
      const blob = await db.dumpDataDir('gzip');
      await writeFile(message.file, Buffer.from(await blob.arrayBuffer()));
      parentPort.postMessage({ type: 'dumped', id: message.id });
    } else if (message.type === 'stop') {
      await server.close();
      await db.close();
      parentPort.postMessage({ type: 'stopped' });
    }
  } catch (error) {
    parentPort.postMessage({ type: 'error', id: message.id, message: String(error?.stack ?? error) });
  }
});
