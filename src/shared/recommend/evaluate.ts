import { fitCoPurchase, recommendFor, type CoPurchaseOptions } from './co-purchase';
import { fitPopular, recommendPopular } from './popular';

/**
 * Leave-last-out evaluation of recommenders. Each customer with at least two invoices has their
 * last invoice held out; one model is fitted on everything that is not held out (every
 * customer's other invoices), rather than refitting per customer — the standard protocol.
 */

/** One invoice after cleaning; `at` is any number that orders invoices in time. */
export type Invoice = { invoiceId: string; customerId: string; at: number; productIds: readonly string[] };

/** One evaluated customer: what they had bought before, and what their held-out invoice holds. */
export type HoldOut = {
  customerId: string;
  invoiceId: string;
  owned: ReadonlySet<string>;
  heldOut: ReadonlySet<string>;
};

/** `training` holds one customer-level basket per customer (held-out invoices excluded). */
export type LeaveLastOut = { training: ReadonlyMap<string, ReadonlySet<string>>; cases: readonly HoldOut[] };

/** Product ids to offer a customer who owns `owned`, best first, at most `k`. */
export type Recommender = (owned: ReadonlySet<string>, k: number) => readonly string[];

export type HitRateAtK = {
  k: number;
  hits: number;
  hitRate: number;
  /** Hit rate among customers whose held-out invoice has at least one product new to them. */
  newItemHitRate: number;
  /** Distinct products recommended across all customers. */
  coverage: number;
};

export type HitRates = { customers: number; customersWithNewItem: number; atK: HitRateAtK[] };

/** Later invoice first by time, then by invoice id. */
const isLater = (a: Invoice, b: Invoice) => a.at > b.at || (a.at === b.at && a.invoiceId > b.invoiceId);

/** Splits invoices into training baskets and held-out last invoices. Empty invoices are ignored. */
export const leaveLastOut = (invoices: Iterable<Invoice>): LeaveLastOut => {
  const byCustomer = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    if (invoice.productIds.length === 0) continue;
    const list = byCustomer.get(invoice.customerId);
    if (list) list.push(invoice);
    else byCustomer.set(invoice.customerId, [invoice]);
  }
  const training = new Map<string, Set<string>>();
  const cases: HoldOut[] = [];
  for (const [customerId, list] of byCustomer) {
    const last = list.length >= 2 ? list.reduce((a, b) => (isLater(b, a) ? b : a)) : undefined;
    const owned = new Set<string>();
    for (const invoice of list) if (invoice !== last) for (const p of invoice.productIds) owned.add(p);
    training.set(customerId, owned);
    if (last) cases.push({ customerId, invoiceId: last.invoiceId, owned, heldOut: new Set(last.productIds) });
  }
  return { training, cases };
};

/**
 * Hit rate at each k: a customer is a hit when any of the first k recommendations is in their
 * held-out invoice. The recommender is asked once per customer for the largest k, so it must
 * rank deterministically (the top k of a longer list is its answer for k).
 */
export const hitRates = (
  cases: readonly HoldOut[],
  recommend: Recommender,
  ks: readonly number[],
): HitRates => {
  const maxK = Math.max(...ks);
  const hits = ks.map(() => 0);
  const newItemHits = ks.map(() => 0);
  const recommended = ks.map(() => new Set<string>());
  let customersWithNewItem = 0;
  for (const c of cases) {
    const hasNew = [...c.heldOut].some((p) => !c.owned.has(p));
    if (hasNew) customersWithNewItem++;
    const list = recommend(c.owned, maxK);
    const firstHit = list.findIndex((p) => c.heldOut.has(p));
    ks.forEach((k, i) => {
      for (const p of list.slice(0, k)) recommended[i]!.add(p);
      if (firstHit === -1 || firstHit >= k) return;
      hits[i]!++;
      if (hasNew) newItemHits[i]!++;
    });
  }
  const rate = (x: number, of: number) => (of === 0 ? 0 : x / of);
  return {
    customers: cases.length,
    customersWithNewItem,
    atK: ks.map((k, i) => ({
      k,
      hits: hits[i]!,
      hitRate: rate(hits[i]!, cases.length),
      newItemHitRate: rate(newItemHits[i]!, customersWithNewItem),
      coverage: recommended[i]!.size,
    })),
  };
};

export type Comparison = { coPurchase: HitRates; popular: HitRates };

/** Fits both models once on the training baskets and measures each on the held-out invoices. */
export const compareWithPopular = (
  split: LeaveLastOut,
  ks: readonly number[],
  options: CoPurchaseOptions = {},
): Comparison => {
  const model = fitCoPurchase(split.training.values(), options);
  const popular = fitPopular(split.training.values());
  return {
    coPurchase: hitRates(
      split.cases,
      (owned, k) => recommendFor(model, owned, k).map((r) => r.productId),
      ks,
    ),
    popular: hitRates(
      split.cases,
      (owned, k) => recommendPopular(popular, owned, k).map((r) => r.productId),
      ks,
    ),
  };
};

/**
 * The split used to choose constants without looking at the test invoices: the held-out last
 * invoices are removed and each remaining customer's (now) last invoice is held out instead.
 */
export const validationSplit = (invoices: readonly Invoice[], test: LeaveLastOut): LeaveLastOut => {
  const tested = new Set(test.cases.map((c) => c.invoiceId));
  return leaveLastOut(invoices.filter((i) => !tested.has(i.invoiceId)));
};
