import type { CampaignPhase } from '../../engine/analysis/phase';
import type { EscalationSeverity } from '../../engine/report/output-schemas';

export { STATUS_TEXT, TIMELINE_TEXT } from '../../engine/messages/status-text';

export const PHASE_TEXT: Readonly<Record<CampaignPhase, string>> = {
  not_started: 'Not started',
  running: 'Running',
  ended: 'Ended',
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
