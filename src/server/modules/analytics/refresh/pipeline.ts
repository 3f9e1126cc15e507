import { yieldToEventLoop } from './yield';

/**
 * How many statements of one refresh run at once: two keep a server database's cores busy
 * (PostgreSQL runs them side by side) while this process prepares the next; PGlite, one session,
 * simply runs them in turn.
 */
export const STATEMENTS_IN_FLIGHT = 2;

/** Starts `work`; a failure surfaces where the promise is awaited, never as an unhandled rejection meanwhile. */
const started = <T>(work: () => Promise<T>): Promise<T> => {
  const promise = work();
  promise.catch(() => undefined);
  return promise;
};

/**
 * Runs `count` statements in order, up to `STATEMENTS_IN_FLIGHT` at a time, building each
 * (`build(i)` returns the statement to start) while the database executes the ones before it.
 * `onDone(i)` follows statement i's completion, in order.
 */
export const runPipelined = async (
  count: number,
  build: (i: number) => () => Promise<unknown>,
  onDone: (i: number) => Promise<void>,
) => {
  const running: Promise<unknown>[] = [];
  let done = 0;
  for (let i = 0; i < count; i++) {
    const execute = build(i);
    if (running.length >= STATEMENTS_IN_FLIGHT) {
      await running.shift();
      await onDone(done++);
    }
    running.push(started(execute));
    await yieldToEventLoop();
  }
  while (running.length > 0) {
    await running.shift();
    await onDone(done++);
  }
};

/**
 * Reads `count` results in order, keeping up to `STATEMENTS_IN_FLIGHT` reads ahead of the one
 * `use` is working on.
 */
export const readPipelined = async <T>(
  count: number,
  read: (i: number) => Promise<T>,
  use: (result: T, i: number) => Promise<void>,
) => {
  const ahead: Promise<T>[] = [];
  let next = 0;
  const fill = () => {
    while (next < count && ahead.length < STATEMENTS_IN_FLIGHT) {
      const i = next++;
      ahead.push(started(() => read(i)));
    }
  };
  fill();
  for (let i = 0; i < count; i++) {
    const result = await ahead.shift()!;
    fill();
    await use(result, i);
  }
};
