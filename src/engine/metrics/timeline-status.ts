import type { Dec } from '../money/decimal';
import { DEFAULT_SETTINGS } from '../model/default-settings';
import type { Settings } from '../model/settings';
import type { TimelineAdherence } from '../model/statuses';

/** The two Settings that set how far progress may trail expected progress, in percentage points. */
export type TimelineGaps = Pick<Settings, 'timelineAtRiskGapPct' | 'timelineDelayedGapPct'>;

/**
 * Timeline adherence: `delayed` when a critical task is late or progress trails expected progress
 * by more than the delayed gap (default 25 points), `at_risk` when it trails by more than the at-risk
 * gap (default 10 points), else `on_track`. Both figures are percentages (40 means 40 %).
 *
 * @example timelineStatus(new Dec(40), new Dec(60)) // 'at_risk' (20 points behind: more than 10, not more than 25)
 * @example timelineStatus(new Dec(90), new Dec(80), true) // 'delayed' (a critical task is late)
 */
export function timelineStatus(
  progressPct: Dec,
  expectedPct: Dec,
  lateCriticalTask = false,
  gaps: TimelineGaps = DEFAULT_SETTINGS,
): TimelineAdherence {
  const behind = expectedPct.minus(progressPct);
  if (lateCriticalTask || behind.gt(gaps.timelineDelayedGapPct)) return 'delayed';
  if (behind.gt(gaps.timelineAtRiskGapPct)) return 'at_risk';
  return 'on_track';
}
