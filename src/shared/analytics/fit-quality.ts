import { conditionalExpectedPurchases } from './bgnbd-predict';
import type { BgNbdParams } from './bgnbd';

export type FitQualityRow = {
  /** Calibration repeat purchases x; the last row holds every x ≥ its value ('7+'). */
  frequency: number;
  label: string;
  customers: number;
  /** Mean holdout purchases these customers actually made … */
  actual: number;
  /** … and the mean the model predicted, E[Y(holdout) | x, t_x, T]. */
  predicted: number;
};

/**
 * The calibration/holdout check of Fader, Hardie & Lee (2005, fig. 4): group customers by
 * calibration frequency 0, 1, …, `top`+ and compare the mean purchases they made in the
 * holdout with the model's conditional expectation. `holdout` is in the model's time unit.
 * Groups with no customers are left out.
 */
export const fitQuality = (
  params: BgNbdParams,
  customers: readonly { x: number; tx: number; T: number; holdoutX: number }[],
  holdout: number,
  top = 7,
): FitQualityRow[] => {
  const groups = Array.from({ length: top + 1 }, () => ({ customers: 0, actual: 0, predicted: 0 }));
  // Many customers share (x, t_x, T); predict each distinct history once.
  const cache = new Map<string, number>();
  for (const c of customers) {
    const key = `${c.x}|${c.tx}|${c.T}`;
    let predicted = cache.get(key);
    if (predicted === undefined) {
      predicted = conditionalExpectedPurchases(params, holdout, c.x, c.tx, c.T);
      cache.set(key, predicted);
    }
    const group = groups[Math.min(c.x, top)]!;
    group.customers++;
    group.actual += c.holdoutX;
    group.predicted += predicted;
  }
  return groups.flatMap((g, frequency) =>
    g.customers === 0
      ? []
      : [
          {
            frequency,
            label: frequency === top ? `${top}+` : String(frequency),
            customers: g.customers,
            actual: g.actual / g.customers,
            predicted: g.predicted / g.customers,
          },
        ],
  );
};
