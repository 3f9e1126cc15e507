import {
  CO_PURCHASE_MIN_TOGETHER,
  CO_PURCHASE_NEIGHBOURS,
  CO_PURCHASE_SHRINKAGE,
  type CoPurchaseOptions,
  type Similarity,
} from '../../src/shared/recommend/co-purchase';

const cosine: Similarity = (c, a, b) => c / Math.sqrt(a * b);

/**
 * Similarity variants the chosen one was picked from (on the validation split), kept so the
 * comparison in docs/decisions.md can be re-run. The last entry is what `recommendFor` uses.
 */
export const coPurchaseVariants: { name: string; options: CoPurchaseOptions }[] = [
  { name: 'raw count, 50 neighbours', options: { similarity: (c) => c, neighbours: 50, minTogether: 1 } },
  { name: 'cosine, 50 neighbours', options: { similarity: cosine, neighbours: 50, minTogether: 1 } },
  { name: 'cosine, 20 neighbours', options: { similarity: cosine, neighbours: 20, minTogether: 1 } },
  {
    name: 'Jaccard, 20 neighbours',
    options: { similarity: (c, a, b) => c / (a + b - c), neighbours: 20, minTogether: 1 },
  },
  {
    name: `cosine shrunk λ=${CO_PURCHASE_SHRINKAGE}, 50 neighbours`,
    options: { neighbours: 50 },
  },
  {
    name: `cosine shrunk λ=${CO_PURCHASE_SHRINKAGE}, ${CO_PURCHASE_NEIGHBOURS} neighbours, together ≥ ${CO_PURCHASE_MIN_TOGETHER} (chosen)`,
    options: {},
  },
];
