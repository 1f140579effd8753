import type { CmoFeedback, ExecutionStatusReport } from '../../../src/engine/report/output-schemas';
import { SEVERITY_ORDER } from '../../../src/workbook/plan/display-text';

/** How many next actions the overview shows per campaign. */
export const NEXT_ACTIONS = 3;

/**
 * The campaign's next actions, most urgent first: the escalations' recommended actions by severity
 * (critical, high, medium; the report's order within one), then the feedback's recommendations;
 * each text once, at most `count`. Built from what the report already holds (docs/taskpane.md,
 * "Next actions"); the engine's own ordering of recommendations replaces it once it has one.
 *
 * @example nextActions(report, feedback) // ['Pause the Display channel …', 'Escalate T09 …', 'Move $2,000 …']
 */
export function nextActions(
  report: Pick<ExecutionStatusReport, 'escalations'>,
  feedback: Pick<CmoFeedback, 'recommendations'>,
  count = NEXT_ACTIONS,
): string[] {
  const escalations = report.escalations
    .map((e, index) => ({ e, index }))
    .sort((a, b) => SEVERITY_ORDER[a.e.severity] - SEVERITY_ORDER[b.e.severity] || a.index - b.index)
    .map(({ e }) => e.recommended_action);
  const actions: string[] = [];
  for (const text of [...escalations, ...feedback.recommendations]) {
    const trimmed = text.trim();
    if (trimmed !== '' && !actions.includes(trimmed)) actions.push(trimmed);
    if (actions.length === count) break;
  }
  return actions;
}
