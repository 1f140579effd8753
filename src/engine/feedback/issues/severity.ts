import type { EscalationSeverity } from '../../report/output-schemas';

/** An escalation's severity on the feedback's 1–10 scale, before refinement by impact. */
export const BASE_SEVERITY: Readonly<Record<EscalationSeverity, number>> = {
  critical: 9,
  high: 7,
  medium: 5,
};

/** Pending KPI data. */
export const PENDING_KPI_SEVERITY = 3;
/** Budget Spent and the channels' cost disagree: the figures beside each other need explaining. */
export const BUDGET_GAP_SEVERITY = 3;
/** Unusual days of a channel: 5 when conversions fell (tracking may be broken), 4 when spend rose, else 3. */
export function unusualDaysSeverity(days: ReadonlyArray<{ metric: string; z: number }>): number {
  if (days.some((d) => d.metric === 'conversions' && d.z < 0)) return 5;
  if (days.some((d) => d.metric === 'spend' && d.z > 0)) return 4;
  return 3;
}
/** The single summary of rejected task updates. */
export const REJECTED_UPDATES_SEVERITY = 3;

/**
 * An escalation's base severity moved by `shift` (−1, 0 or +1, docs/rules.md), kept within 1–10.
 *
 * @example refined('critical', 1) // 10
 * @example refined('medium', -1) // 4
 */
export function refined(severity: EscalationSeverity, shift: -1 | 0 | 1): number {
  return Math.min(10, Math.max(1, BASE_SEVERITY[severity] + shift));
}

/**
 * Input warnings: 2–4 by how much they weaken the report (docs/rules.md).
 *
 * @example warningSeverity('blocked_without_since') // 4
 */
export function warningSeverity(code: string): number {
  switch (code) {
    case 'blocked_without_since':
      return 4;
    case 'primary_kpi_count':
    case 'rows_after_report_date':
      return 3;
    default:
      return 2;
  }
}
