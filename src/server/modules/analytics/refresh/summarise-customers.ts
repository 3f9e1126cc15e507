import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { dayWindow, type allKpiWindows } from '../dashboard/kpi-windows';
import { readCustomers } from './read-customers';
import { createSlices } from './slices';
import { addSummary, emptyProspects, emptySummaries, type SummaryOptions } from './summaries';

type Source = { orgId: string; timeZone: string; asOf: string };

/**
 * One pass over every customer of the organisation: buyers summarised for the models and the
 * scores, prospects listed, and each customer counted into its slice's dashboard tallies (the
 * KPI windows' customers, and the buyers' purchase days).
 */
export const summariseCustomers = async (
  db: Kysely<DB>,
  source: Source,
  options: SummaryOptions,
  windows: ReturnType<typeof allKpiWindows>,
  onProgress: (customers: number) => Promise<void>,
) => {
  const summaries = emptySummaries();
  const prospects = emptyProspects();
  const slices = createSlices(
    options.asOfDay,
    options.churnDays,
    windows.map((w) => dayWindow(w.window)),
  );
  await readCustomers(
    db,
    { ...source, createdBy: windows.map((w) => w.window.to) },
    (c) => {
      const sliceNo = slices.numberOf({
        ownerId: c.ownerId,
        teamId: c.teamId,
        channel: c.channel,
        segmentId: null,
      });
      const slice = slices.tally(sliceNo);
      for (let w = 0; w < windows.length; w++) if (c.createdBy & (1 << w)) slice.customers[w]!++;
      if (c.days.length === 0) {
        prospects.ids.push(c.id);
        prospects.slice.push(sliceNo);
        prospects.oldStage.push(c.oldStage);
        prospects.createdBy.push(c.createdBy);
        return;
      }
      addSummary(summaries, c, sliceNo, options);
      slice.dashboard.add(c.days, c.amounts);
    },
    onProgress,
  );
  return { summaries, prospects, slices };
};
