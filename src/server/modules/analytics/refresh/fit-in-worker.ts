import { Worker } from 'node:worker_threads';
import { fitColumns, type FitInput, type ModelResults } from './fit-models';
import type { FitJob } from './fit-worker';

/**
 * Bundled, this module is part of dist/server/kehu.js with fit-worker.js beside it. From source
 * (tests, `npm run bench`) the worker loads fit-worker.ts through tsx, registered in the worker
 * itself: Node 20 does not apply `--import` hooks to a worker's entry.
 */
const startWorker = (job: FitJob, transferList: ArrayBuffer[]): Worker => {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./fit-worker.js', import.meta.url), { workerData: job, transferList });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./fit-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: job, transferList });
};

const resultOf = (worker: Worker, signal: AbortSignal | undefined) =>
  new Promise<ModelResults>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', (error) =>
      reject(new Error(`the model fit worker failed: ${error.message}`, { cause: error })),
    );
    worker.once('exit', (code) =>
      reject(
        new Error(
          signal?.aborted ? 'the model fit was stopped' : `the model fit worker exited (code ${code})`,
        ),
      ),
    );
  });

export type FitInWorkerOptions = {
  /** Called every `intervalMs` (default 10 s) while the fits run: heartbeats. */
  whileWaiting?: () => Promise<unknown>;
  intervalMs?: number;
  /** Stops the worker. */
  signal?: AbortSignal;
};

/**
 * `fitModels` on a worker thread, so that this thread keeps serving requests and heartbeats
 * through the fits (tens of seconds at 1M customers). Only the columns the fits read are copied
 * into typed arrays and moved to the worker. Rejects if the worker cannot start (a broken build
 * fails the refresh rather than falling back to this thread), fails, or is stopped by `signal`;
 * or with the error of `whileWaiting`.
 */
export const fitModelsInWorker = async (
  s: FitInput,
  asOfDay: number,
  holdoutDays: number,
  { whileWaiting, intervalMs = 10_000, signal }: FitInWorkerOptions = {},
): Promise<ModelResults> => {
  signal?.throwIfAborted();
  const input = Object.fromEntries(fitColumns.map((name) => [name, Float64Array.from(s[name])])) as Record<
    (typeof fitColumns)[number],
    Float64Array<ArrayBuffer>
  >;
  const buffers = Object.values(input).map((column) => column.buffer);
  const worker = startWorker({ input, asOfDay, holdoutDays }, buffers);
  const stop = () => void worker.terminate();
  signal?.addEventListener('abort', stop);
  let timer: NodeJS.Timeout | undefined;
  try {
    const result = resultOf(worker, signal);
    result.catch(() => undefined); // when `whileWaiting` throws, nobody awaits it
    for (;;) {
      const tick = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), intervalMs)));
      const done = await Promise.race([result, tick]);
      if (done) return done;
      await whileWaiting?.();
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
    stop();
  }
};
