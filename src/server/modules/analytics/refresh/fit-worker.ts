import { parentPort, workerData } from 'node:worker_threads';
import { fitModels, type FitInput } from './fit-models';

/**
 * Worker thread entry (started by fit-in-worker.ts; bundled as dist/server/fit-worker.js):
 * fits the models on the columns it was given and posts the results back.
 */
export type FitJob = { input: FitInput; asOfDay: number; holdoutDays: number };

const job = workerData as FitJob;
parentPort!.postMessage(fitModels(job.input, job.asOfDay, job.holdoutDays));
