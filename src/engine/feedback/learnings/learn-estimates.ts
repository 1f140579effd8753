import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import { Dec, HUNDRED, ZERO } from '../../money/decimal';
import type { LearningFinding } from './learning-finding';

/**
 * How completed tasks' Actual Hours compare with their Estimated Hours: the total as a percentage of
 * the estimate and the task that deviated most (tasks without both figures, or estimated at 0 h,
 * are left out).
 *
 * @example learnEstimates(a)[0] // { code: 'estimate_accuracy', pctOfEstimate: 116.7…, … }
 */
export function learnEstimates(a: CampaignAnalysis): LearningFinding[] {
  const timed = a.tasks.flatMap((t) =>
    t.status === 'completed' && t.estimatedHours !== null && t.estimatedHours > 0 && t.actualHours !== null
      ? [{ taskId: t.taskId, estimatedHours: new Dec(t.estimatedHours), actualHours: new Dec(t.actualHours) }]
      : [],
  );
  if (timed.length === 0) return [];
  const estimatedHours = timed.reduce((s, t) => s.plus(t.estimatedHours), ZERO);
  const actualHours = timed.reduce((s, t) => s.plus(t.actualHours), ZERO);
  const withVariance = timed.map((t) => ({
    ...t,
    variancePct: t.actualHours.minus(t.estimatedHours).div(t.estimatedHours).times(HUNDRED),
  }));
  let largest = withVariance[0] ?? null;
  for (const t of withVariance)
    if (largest !== null && t.variancePct.abs().gt(largest.variancePct.abs())) largest = t;
  return [
    {
      code: 'estimate_accuracy',
      label: '[MEASURED]',
      tasks: timed.length,
      actualHours,
      estimatedHours,
      pctOfEstimate: actualHours.div(estimatedHours).times(HUNDRED),
      largest: largest !== null && !largest.variancePct.isZero() ? largest : null,
    },
  ];
}
