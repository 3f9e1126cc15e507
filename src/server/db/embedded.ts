import { Worker } from 'node:worker_threads';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export type EmbeddedServer = {
  /** Directory holding the socket; pass as `host` to `pg` with port 5432. */
  socketDir: string;
  /** Writes a gzipped copy of the data directory (used for test templates). */
  dump(file: string): Promise<void>;
  stop(): Promise<void>;
};

export const socketFile = (socketDir: string): string => join(socketDir, '.s.PGSQL.5432');

type WorkerMessage = { type: 'ready' | 'stopped' | 'dumped' | 'error'; id?: number; message?: string };

/**
 * Starts PGlite on a worker thread serving the PostgreSQL protocol on a Unix socket in `socketDir`.
 * `dataDir` undefined means in memory (tests), optionally loaded from a dumped `templateFile`.
 */
export const startEmbedded = async (opts: {
  dataDir: string | undefined;
  socketDir: string;
  templateFile?: string;
}): Promise<EmbeddedServer> => {
  const socketPath = socketFile(opts.socketDir);
  if (existsSync(socketPath)) rmSync(socketPath);
  const worker = new Worker(new URL('./embedded-worker.mjs', import.meta.url), {
    workerData: { dataDir: opts.dataDir, socketPath, templateFile: opts.templateFile },
  });
  const waiters = new Map<string, (m: WorkerMessage) => void>();
  let failure: Error | undefined;
  worker.on('message', (m: WorkerMessage) => {
    const key = m.type === 'error' ? `reply:${m.id}` : m.type === 'dumped' ? `reply:${m.id}` : m.type;
    waiters.get(key)?.(m);
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const waitFor = (key: string) =>
    new Promise<WorkerMessage>((resolve, reject) => {
      if (failure) return reject(failure);
      waiters.set(key, (m) => {
        waiters.delete(key);
        resolve(m);
      });
      worker.once('error', (error) => {
        failure = error;
        reject(error);
      });
    });

  await waitFor('ready');
  let nextId = 1;
  return {
    socketDir: opts.socketDir,
    async dump(file) {
      const id = nextId++;
      const reply = waitFor(`reply:${id}`);
      worker.postMessage({ type: 'dump', file, id });
      const m = await reply;
      if (m.type === 'error') throw new Error(m.message);
    },
    async stop() {
      const stopped = waitFor('stopped');
      worker.postMessage({ type: 'stop' });
      await stopped;
      await worker.terminate();
      await exited;
      if (existsSync(socketPath)) rmSync(socketPath);
    },
  };
};
