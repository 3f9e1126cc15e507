import { describe, expect, it } from 'vitest';
import { fitModelsInWorker } from './fit-in-worker';
import { fitModels, type FitInput } from './fit-models';

const AS_OF = 20_000;
const HOLDOUT = 180;

/**
 * `n` buyers over three years with whole-day purchase days, drawn from a fixed seed: the
 * columns of the refresh's summaries that the fits read.
 */
const buyers = (n: number) => {
  let seed = 42;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const s = {
    firstDay: [] as number[],
    lastDay: [] as number[],
    purchaseDays: [] as number[],
    repeatCents: [] as number[],
    calibrationDays: [] as number[],
    calibrationLastDay: [] as number[],
    holdoutDays: [] as number[],
  };
  const calibrationEnd = AS_OF - HOLDOUT;
  for (let i = 0; i < n; i++) {
    const first = AS_OF - 30 - Math.floor(random() * 1065);
    const life = Math.min(AS_OF - first, Math.floor(-Math.log(1 - random()) * 500));
    const repeats = Math.floor(-Math.log(1 - random()) * 0.035 * life);
    const days = [
      ...new Set([first, ...Array.from({ length: repeats }, () => first + 1 + Math.floor(random() * life))]),
    ];
    days.sort((a, b) => a - b);
    const calibration = days.filter((d) => d <= calibrationEnd);
    s.firstDay.push(first);
    s.lastDay.push(days.at(-1)!);
    s.purchaseDays.push(days.length);
    s.repeatCents.push((days.length - 1) * (2000 + Math.floor(random() * 8000)));
    s.calibrationDays.push(calibration.length);
    s.calibrationLastDay.push(calibration.at(-1) ?? Number.NaN);
    s.holdoutDays.push(days.length - calibration.length);
  }
  return s;
};

describe('model fits on a worker thread', () => {
  it('give exactly the results of fitModels on this thread', async () => {
    const s = buyers(3000);
    const here = fitModels(s, AS_OF, HOLDOUT);
    expect(here.bgnbd.ok && here.gammaGamma.ok).toBe(true);
    expect(await fitModelsInWorker(s, AS_OF, HOLDOUT)).toEqual(here);
  });

  it('leave this thread free to run timers and heartbeats while they fit', async () => {
    const s = buyers(60_000);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    let heartbeats = 0;
    const started = performance.now();
    try {
      const models = await fitModelsInWorker(s, AS_OF, HOLDOUT, {
        intervalMs: 100,
        whileWaiting: async () => {
          heartbeats++;
        },
      });
      expect(models.bgnbd.ok).toBe(true);
    } finally {
      clearInterval(ticker);
    }
    const elapsed = performance.now() - started;
    // The fits take over a second here; on this thread no timer would fire until they ended.
    expect(elapsed).toBeGreaterThan(500);
    expect(ticks).toBeGreaterThan(elapsed / 10 / 4);
    expect(heartbeats).toBeGreaterThan(elapsed / 100 / 4);
  });

  it('fail with the worker’s error, and stop when asked', async () => {
    const bad: FitInput = { ...buyers(20), purchaseDays: new Array<number>(20).fill(0) };
    await expect(fitModelsInWorker(bad, AS_OF, HOLDOUT)).rejects.toThrow(
      /^the model fit worker failed: Customer summary 1 is not usable/,
    );
    const stop = new AbortController();
    const fitting = fitModelsInWorker(buyers(60_000), AS_OF, HOLDOUT, {
      intervalMs: 50,
      signal: stop.signal,
      whileWaiting: async () => stop.abort(),
    });
    await expect(fitting).rejects.toThrow('the model fit was stopped');
  });
});
