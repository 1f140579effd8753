import type { EscalationFinding } from './campaign-analysis';

const SEVERITY_RANK = { critical: 0, high: 1, medium: 2 } as const;
const TYPE_RANK = { performance: 0, budget: 1, blocker: 2, timeline: 3 } as const;

/**
 * Escalations in the order a CMO reads them: most severe first; then performance, budget, blocker,
 * timeline; then as found (KPI or task order).
 *
 * @example sortEscalations([medium, critical]) // [critical, medium]
 */
export function sortEscalations(findings: readonly EscalationFinding[]): EscalationFinding[] {
  return findings
    .map((finding, i) => ({ finding, i }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        TYPE_RANK[a.finding.type] - TYPE_RANK[b.finding.type] ||
        a.i - b.i,
    )
    .map((x) => x.finding);
}
