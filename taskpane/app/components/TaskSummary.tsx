import { formatPercent } from '../../../src/engine/messages/format-figure';
import { Dec } from '../../../src/engine/money/decimal';
import type { ExecutionStatusReport } from '../../../src/engine/report/output-schemas';
import { Pairs } from './Pairs';

export interface TaskSummaryProps {
  readonly summary: ExecutionStatusReport['task_summary'];
  readonly completionRatePct: number;
}

/**
 * The report's task counts and completion rate.
 *
 * @example <TaskSummary summary={report.task_summary} completionRatePct={report.task_completion_rate_pct} />
 */
export function TaskSummary({ summary, completionRatePct }: TaskSummaryProps) {
  return (
    <Pairs
      pairs={[
        [
          'Completed',
          `${summary.completed} of ${summary.total} (${formatPercent(new Dec(completionRatePct))})`,
        ],
        ['In progress', summary.in_progress],
        ['Pending', summary.pending],
        ['Blocked', summary.blocked],
        ['Failed', summary.failed],
        ['Cancelled', summary.cancelled],
      ]}
    />
  );
}
