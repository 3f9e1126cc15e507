import { setImmediate } from 'node:timers/promises';

/**
 * Lets pending I/O run (queries waiting to be sent, requests to the server) before long work in
 * this process goes on.
 */
export const yieldToEventLoop = (): Promise<void> => setImmediate();
