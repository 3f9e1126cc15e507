import { z } from 'zod';

/** The 11 named segments of the widely used R × FM scheme (Putler's RFM segmentation table). */
export const rfmSegments = [
  'Champions',
  'Loyal',
  'Potential Loyalist',
  'New',
  'Promising',
  'Need Attention',
  'About to Sleep',
  'At Risk',
  "Can't Lose Them",
  'Hibernating',
  'Lost',
] as const;
export type RfmSegment = (typeof rfmSegments)[number];

export const valueTiers = ['high', 'medium', 'low'] as const;
export type ValueTier = (typeof valueTiers)[number];

const scoreRange = z
  .tuple([z.number().min(1).max(5), z.number().min(1).max(5)])
  .refine(([min, max]) => min <= max, 'the lower bound must not exceed the upper');

/** One rule: customers with R in `r` and FM = (F + M) / 2 in `fm` (both inclusive) belong to `segment`. */
export const RfmSegmentRuleSchema = z.object({
  segment: z.enum(rfmSegments),
  r: scoreRange,
  fm: scoreRange,
});
export type RfmSegmentRule = z.infer<typeof RfmSegmentRuleSchema>;

/**
 * Segment rules (the first rule that matches wins) and value-tier bounds on R + F + M
 * (3–15). Stored per organisation; an admin edits them.
 */
export const RfmSettingsSchema = z
  .object({
    segments: z.array(RfmSegmentRuleSchema).min(1),
    tiers: z.object({ highMin: z.int().min(3).max(15), mediumMin: z.int().min(3).max(15) }),
  })
  .refine((s) => s.tiers.mediumMin < s.tiers.highMin, {
    message: 'the medium tier must start below the high tier',
    path: ['tiers', 'mediumMin'],
  });
export type RfmSettings = z.infer<typeof RfmSettingsSchema>;

/**
 * Putler's table, ordered so that the narrow rules come before the broad ones that overlap
 * them (Champions and Can't Lose Them before Loyal and At Risk; New and Promising before
 * Potential Loyalist). With this order every (R, FM) cell gets a segment and all 11 occur.
 */
export const defaultRfmSettings: RfmSettings = {
  segments: [
    { segment: 'Champions', r: [4, 5], fm: [4, 5] },
    { segment: "Can't Lose Them", r: [1, 1], fm: [4, 5] },
    { segment: 'Loyal', r: [2, 5], fm: [3, 5] },
    { segment: 'New', r: [4, 5], fm: [1, 1] },
    { segment: 'Promising', r: [3, 4], fm: [1, 1] },
    { segment: 'Potential Loyalist', r: [3, 5], fm: [1, 3] },
    { segment: 'Need Attention', r: [2, 3], fm: [2, 3] },
    { segment: 'About to Sleep', r: [2, 3], fm: [1, 2] },
    { segment: 'At Risk', r: [1, 2], fm: [2, 5] },
    { segment: 'Hibernating', r: [1, 2], fm: [1.5, 2] },
    { segment: 'Lost', r: [1, 2], fm: [1, 2] },
  ],
  tiers: { highMin: 12, mediumMin: 8 },
};

const within = (value: number, [min, max]: readonly [number, number]) => value >= min && value <= max;

/** The segment of an R score and FM = (F + M) / 2, or null when no rule matches. */
export const segmentOf = (
  r: number,
  fm: number,
  rules: readonly RfmSegmentRule[] = defaultRfmSettings.segments,
): RfmSegment | null => rules.find((rule) => within(r, rule.r) && within(fm, rule.fm))?.segment ?? null;

/** The value tier of R + F + M. */
export const tierOf = (total: number, tiers: RfmSettings['tiers'] = defaultRfmSettings.tiers): ValueTier =>
  total >= tiers.highMin ? 'high' : total >= tiers.mediumMin ? 'medium' : 'low';

/** (R, FM) cells no rule covers, so an admin editing the rules can be told before saving. */
export const uncoveredCells = (rules: readonly RfmSegmentRule[]): { r: number; fm: number }[] =>
  [1, 2, 3, 4, 5].flatMap((r) =>
    [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]
      .filter((fm) => segmentOf(r, fm, rules) === null)
      .map((fm) => ({ r, fm })),
  );
