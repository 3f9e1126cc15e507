import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LifecycleStage } from '../../../../shared/contracts/analytics';
import {
  rfmSegments,
  valueTiers,
  type RfmSegment,
  type ValueTier,
} from '../../../../shared/analytics/rfm-segments';
import { lifecycleStages } from '../../../../shared/contracts/analytics';

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** Translated names of RFM segments, value tiers and lifecycle stages; unknown keys show as they are. */
export const useScoreLabels = () => {
  const { t } = useTranslation();
  const segment = useCallback(
    (key: string) => (isOneOf<RfmSegment>(rfmSegments, key) ? t(`analytics.segments.${key}`) : key),
    [t],
  );
  const tier = useCallback(
    (key: string) => (isOneOf<ValueTier>(valueTiers, key) ? t(`analytics.tiers.${key}`) : key),
    [t],
  );
  const stage = useCallback(
    (key: string) => (isOneOf<LifecycleStage>(lifecycleStages, key) ? t(`analytics.stages.${key}`) : key),
    [t],
  );
  return useMemo(() => ({ segment, tier, stage }), [segment, tier, stage]);
};
