import type { IssueFinding } from '../feedback/issues/issue-finding';
import type { RejectionCode } from '../issues/rejection';
import { formatMoney } from '../money/currency';
import { formatDuration } from './format-duration';
import { formatActual, formatPercent, formatTarget } from './format-figure';
import { plural } from './plural';
import { cited } from './cited';
import { list } from './quote';
import { renderIssue } from './render-issue';
import { shortText as name } from './short-text';
import { taskName } from './task-names';

export interface FeedbackIssueText {
  readonly description: string;
  readonly severity: number;
  readonly impact: string;
  readonly resolution: string;
}

type Words = Omit<FeedbackIssueText, 'severity'>;
type Renderers = { [C in IssueFinding['code']]: (f: Extract<IssueFinding, { code: C }>) => Words };

const REJECTION_NAMES: Readonly<Record<RejectionCode, string>> = {
  unknown_task: 'unknown task',
  unknown_status: 'unknown status',
  illegal_transition: 'transition not allowed',
  unmet_dependencies: 'dependencies not completed',
  blocker_required: 'no blocker given',
  cancel_reason_required: 'no cancel reason',
  updated_after_report_time: 'dated after the report time',
};

/** `T2 and T3 wait on it`, `no open task waits on it`. */
const waitingText = (ids: readonly string[], one: string, many: string) =>
  ids.length === 0 ? `no open task ${one} it` : `${list(ids.map(name))} ${ids.length > 1 ? many : one} it`;

const RENDER: Renderers = {
  kpi_below_threshold: (f) => ({
    description: `${f.primary ? 'Primary' : 'Secondary'} KPI ${name(f.metric)} is at ${formatPercent(f.pctOfTarget)} of its ${formatTarget(f.target, f.currency)} target (actual ${formatActual(f.actual, f.currency)}) with ${formatPercent(f.elapsedPct)} of the time elapsed`,
    impact: `below the ${f.thresholdPct}% performance threshold after the campaign midpoint`,
    resolution: `change what drives ${name(f.metric)} (channel mix, creative, targeting) or revise its target with the CMO`,
  }),
  budget_ahead_of_progress: (f) => ({
    description: `${formatPercent(f.spentPct)} of the budget spent (${formatMoney(f.spent, f.currency)} of ${formatMoney(f.allocated, f.currency)}) with ${formatPercent(f.completionRatePct)} of tasks completed`,
    impact: `${formatMoney(f.remaining, f.currency)} remains for ${plural(f.openTasks, 'open task')}`,
    resolution:
      'cap daily spend (see the pacing recommendation) or re-plan the open tasks against the remaining budget',
  }),
  task_blocked_too_long: (f) => ({
    description: `${f.critical ? 'Critical task' : 'Task'} ${taskName(f)} blocked ${f.blockedMs === null ? 'since an unknown time (no Blocked Since)' : `for ${formatDuration(f.blockedMs)}`}${f.blocker === null ? '' : `: ${cited(f.blocker)}`}`,
    impact: waitingText(f.waitingTaskIds, 'waits on', 'wait on'),
    resolution: `resolve the blocker and set ${name(f.taskId)} back to in_progress, or cancel it with a reason`,
  }),
  task_failed: (f) => ({
    description: `${f.critical ? 'Critical task' : 'Task'} ${taskName(f)} failed after ${plural(f.attempts, 'attempt')}`,
    impact: waitingText(f.impactedTaskIds, 'depends on', 'depend on'),
    resolution: `re-plan ${name(f.taskId)} with a new approach (a new task) or cancel it, and update the tasks that depend on it`,
  }),
  kpi_pending: (f) => ({
    description: `${f.primary ? 'Primary' : 'Secondary'} KPI ${name(f.metric)} has no data yet (ETA ${f.eta})`,
    impact: `the percent of target of ${name(f.metric)} cannot be measured until then`,
    resolution: `fill the KPI's Actual column or add the ChannelMetrics rows it is derived from by ${f.eta}`,
  }),
  input_warning: (f) => ({
    description: renderIssue(f.issue),
    impact:
      f.issue.code === 'blocked_without_since'
        ? 'how long the task has been blocked is unknown, so it is escalated as if blocked too long'
        : f.issue.code === 'primary_kpi_count'
          ? 'the execution summary and the overall status depend on a single primary KPI'
          : 'the figures that use this value may be incomplete',
    resolution:
      f.issue.code === 'blocked_without_since'
        ? `enter when task ${cited(f.issue.taskId)} became blocked in Blocked Since`
        : f.issue.code === 'primary_kpi_count'
          ? "set exactly one KPI's Type to primary"
          : 'correct the value the warning names',
  }),
  updates_rejected: (f) => ({
    description: `${plural(f.total, 'task update')} rejected (${f.byCode.map((c) => `${c.count} ${REJECTION_NAMES[c.code]}`).join(', ')})`,
    impact: 'the task figures in this report do not include them',
    resolution: "read each rejected row's Outcome in TaskUpdates, correct it and enter it again as a new row",
  }),
};

/**
 * One entry of the feedback's `issues`.
 *
 * @example renderFeedbackIssue({ code: 'kpi_pending', severity: 3, metric: 'revenue', primary: false, eta: '2026-11-20' })
 * // { description: 'Secondary KPI revenue has no data yet (ETA 2026-11-20)', severity: 3, … }
 */
export function renderFeedbackIssue(finding: IssueFinding): FeedbackIssueText {
  const render = RENDER[finding.code] as (f: IssueFinding) => Words;
  const words = render(finding);
  return {
    description: words.description,
    severity: finding.severity,
    impact: words.impact,
    resolution: words.resolution,
  };
}
