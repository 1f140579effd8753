import type { EscalationFinding, KpiFigure, TimelineFigures } from '../analysis/campaign-analysis';
import type { Settings } from '../model/settings';

/**
 * Once the campaign's midpoint is reached (e ≥ 0.5), a performance escalation for each KPI below
 * Settings Performance Threshold % (50) of its target: `critical` for the primary KPI, `high` for a
 * secondary one. KPIs still waiting for data do not escalate; an unbounded actual (CPA with no
 * conversions after spending) is at 0 % and does.
 *
 * @example performanceEscalations(kpis, { ...timeline, midpointReached: true }, settings)
 * // [{ type: 'performance', severity: 'critical', code: 'kpi_below_threshold', thresholdPct: 50, ... }]
 */
export function performanceEscalations(
  kpis: readonly KpiFigure[],
  timeline: Pick<TimelineFigures, 'midpointReached'>,
  settings: Pick<Settings, 'performanceThresholdPct'>,
): EscalationFinding[] {
  if (!timeline.midpointReached) return [];
  const thresholdPct = settings.performanceThresholdPct;
  return kpis
    .filter((k) => k.pctOfTarget !== null && k.pctOfTarget.lt(thresholdPct))
    .map((kpi) => ({
      type: 'performance',
      severity: kpi.isPrimary ? 'critical' : 'high',
      code: 'kpi_below_threshold',
      kpi,
      thresholdPct,
    }));
}
