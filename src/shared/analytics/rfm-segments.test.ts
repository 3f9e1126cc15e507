import { describe, expect, it } from 'vitest';
import {
  defaultRfmSettings,
  RfmSettingsSchema,
  rfmSegments,
  segmentOf,
  tierOf,
  uncoveredCells,
} from './rfm-segments';

describe('RFM segments', () => {
  it('gives every (R, FM) cell a segment by default, and uses all 11 segments', () => {
    expect(uncoveredCells(defaultRfmSettings.segments)).toEqual([]);
    const used = new Set(
      [1, 2, 3, 4, 5].flatMap((r) => [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5].map((fm) => segmentOf(r, fm))),
    );
    expect([...used].sort()).toEqual([...rfmSegments].sort());
  });

  it('places the textbook customers', () => {
    expect(segmentOf(5, 5)).toBe('Champions');
    expect(segmentOf(1, 5)).toBe("Can't Lose Them");
    expect(segmentOf(5, 1)).toBe('New');
    expect(segmentOf(3, 1)).toBe('Promising');
    expect(segmentOf(1, 3)).toBe('At Risk');
    expect(segmentOf(1, 1)).toBe('Lost');
    expect(segmentOf(1, 1.5)).toBe('Hibernating');
    expect(segmentOf(2, 2)).toBe('Need Attention');
    expect(segmentOf(2, 1)).toBe('About to Sleep');
    expect(segmentOf(4, 2)).toBe('Potential Loyalist');
    expect(segmentOf(3, 4)).toBe('Loyal');
  });

  it('lets an admin edit the bounds, and reports the cells their rules leave out', () => {
    const settings = RfmSettingsSchema.parse({
      segments: [{ segment: 'Champions', r: [5, 5], fm: [4, 5] }],
      tiers: { highMin: 13, mediumMin: 9 },
    });
    expect(segmentOf(5, 4.5, settings.segments)).toBe('Champions');
    expect(segmentOf(4, 4.5, settings.segments)).toBeNull();
    expect(uncoveredCells(settings.segments)).toHaveLength(45 - 3);
    expect(tierOf(12, settings.tiers)).toBe('medium');
  });

  it('rejects bounds outside 1–5, upside-down ranges, unknown segments and crossed tiers', () => {
    const bad = (change: object) => RfmSettingsSchema.safeParse({ ...defaultRfmSettings, ...change }).success;
    expect(bad({ segments: [{ segment: 'Champions', r: [0, 5], fm: [4, 5] }] })).toBe(false);
    expect(bad({ segments: [{ segment: 'Champions', r: [5, 4], fm: [4, 5] }] })).toBe(false);
    expect(bad({ segments: [{ segment: 'Whales', r: [4, 5], fm: [4, 5] }] })).toBe(false);
    expect(bad({ tiers: { highMin: 8, mediumMin: 8 } })).toBe(false);
    expect(RfmSettingsSchema.safeParse(defaultRfmSettings).success).toBe(true);
  });

  it('derives value tiers from R + F + M', () => {
    expect(tierOf(15)).toBe('high');
    expect(tierOf(12)).toBe('high');
    expect(tierOf(11)).toBe('medium');
    expect(tierOf(8)).toBe('medium');
    expect(tierOf(7)).toBe('low');
    expect(tierOf(3)).toBe('low');
  });
});
