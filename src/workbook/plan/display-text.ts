import type { OverallStatus, TimelineAdherence } from '../../engine/model/statuses';
import type { EscalationSeverity } from '../../engine/report/output-schemas';

/** How the summary sheets show the outputs' codes (the JSON block keeps the codes themselves). */
export const STATUS_TEXT: Readonly<Record<OverallStatus, string>> = {
  on_track: 'On track',
  at_risk: 'At risk',
  delayed: 'Delayed',
  completed: 'Completed',
  failed: 'Failed',
};

export const TIMELINE_TEXT: Readonly<Record<TimelineAdherence, string>> = {
  on_track: 'On track',
  at_risk: 'At risk',
  delayed: 'Delayed',
};

export const DEVIATION_TEXT = {
  over_estimate: 'over estimate',
  finished_late: 'finished late',
  result_below_expected: 'result below expected',
} as const;

export const SEVERITY_ORDER: Readonly<Record<EscalationSeverity, number>> = {
  critical: 0,
  high: 1,
  medium: 2,
};

/**
 * An ISO 8601 duration of days, hours and minutes as people read it.
 *
 * @example readableDuration('P1DT6H') // '1 d 6 h'
 * @example readableDuration('PT45M') // '45 min'
 * @example readableDuration('unknown') // 'unknown'
 */
export function readableDuration(iso: string): string {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso);
  if (m === null) return iso;
  const parts = [
    m[1] === undefined ? '' : `${m[1]} d`,
    m[2] === undefined ? '' : `${m[2]} h`,
    m[3] === undefined ? '' : `${m[3]} min`,
  ].filter((p) => p !== '');
  return parts.length === 0 ? '0 min' : parts.join(' ');
}
