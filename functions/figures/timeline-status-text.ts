import { timelineStatus, type TimelineGaps } from '../../src/engine/metrics/timeline-status';
import { DEFAULT_SETTINGS } from '../../src/engine/model/default-settings';
import type { TimelineAdherence } from '../../src/engine/model/statuses';
import { singleFigure } from '../args/amount';
import { SHARE } from '../args/figure';
import { anyTrue } from '../args/flag';
import { fail } from '../errors/excel-error';

/** A gap given as a share (10% or 0.1) in the engine's percentage points (10), else the default. */
function gapPoints(name: string, arg: unknown, fallback: number): number {
  return singleFigure(name, arg, SHARE)?.times(100).toNumber() ?? fallback;
}

/**
 * Timeline adherence, `on_track`, `at_risk` or `delayed`, from progress and expected progress given
 * as shares (40% or 0.4), by the engine's `timelineStatus`: delayed when a critical task is late or
 * progress trails by more than the delayed gap (25 points), at risk beyond the at-risk gap (10).
 *
 * @example timelineStatusText(0.4, 0.6, null, null, null) // 'at_risk' (20 points behind)
 */
export function timelineStatusText(
  progressArg: unknown,
  expectedArg: unknown,
  lateArg: unknown,
  atRiskGapArg: unknown,
  delayedGapArg: unknown,
): TimelineAdherence {
  const progress = singleFigure('progress', progressArg, SHARE);
  const expected = singleFigure('expected_progress', expectedArg, SHARE);
  const late = anyTrue('critical_task_late', lateArg);
  const gaps: TimelineGaps = {
    timelineAtRiskGapPct: gapPoints('at_risk_gap', atRiskGapArg, DEFAULT_SETTINGS.timelineAtRiskGapPct),
    timelineDelayedGapPct: gapPoints('delayed_gap', delayedGapArg, DEFAULT_SETTINGS.timelineDelayedGapPct),
  };
  if (progress === null || expected === null) return fail({ code: 'no_data' });
  return timelineStatus(progress.times(100), expected.times(100), late, gaps);
}
