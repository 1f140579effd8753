import type { IssueFinding } from '../feedback/issues/issue-finding';
import type { RejectionCode } from '../issues/rejection';
import { formatMoney } from '../money/currency';
import { formatDuration } from './format-duration';
import { formatCount, formatPercent, formatTarget, kpiStanding, percentDecimals } from './format-figure';
import { plural } from './plural';
import { cited } from './cited';
import { list } from './quote';
import type { DayCheck } from '../anomalies/daily-anomalies';
import type { Issue } from '../issues/issue';
import { Dec } from '../money/decimal';
import { weekdayIndex } from '../time/weekday';
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

/** How the percentages of a budget escalation are shown: precisely enough for their flags. */
function budgetPercents(f: Extract<IssueFinding, { code: 'budget_ahead_of_progress' }>): [string, string] {
  return [
    formatPercent(f.spentPct, percentDecimals(f.spentPct, [f.spentFlagPct, 100])),
    formatPercent(f.completionRatePct, percentDecimals(f.completionRatePct, [f.completionFlagPct])),
  ];
}

function budgetResolution(f: Extract<IssueFinding, { code: 'budget_ahead_of_progress' }>): string {
  switch (f.phase) {
    case 'ended':
      return 'confirm that no channel is still spending, and agree with the CMO whether the open tasks get a new budget or are cancelled';
    case 'not_started':
      return 'confirm that the spend before launch is intended, and re-plan the open tasks against the remaining budget';
    case 'running':
      return f.spendAdvice === 'pause'
        ? 'pause spend or agree extra budget (see the recommendation to pause spend), then re-plan the open tasks'
        : f.spendAdvice === 'cap'
          ? 'cap daily spend (see the recommendation to cap spend) or re-plan the open tasks against the remaining budget'
          : 'slow spending or re-plan the open tasks against the remaining budget';
  }
}

/** The impact and resolution of an input warning, by its code. */
function WARNING_WORDS(issue: Issue): Omit<Words, 'description'> {
  switch (issue.code) {
    case 'blocked_without_since':
      return {
        impact: 'how long the task has been blocked is unknown, so it is escalated as if blocked too long',
        resolution: `enter when task ${cited(issue.taskId)} became blocked in Blocked Since`,
      };
    case 'primary_kpi_count':
      return {
        impact: 'the execution summary and the overall status depend on a single primary KPI',
        resolution: "set exactly one KPI's Type to primary",
      };
    case 'rows_after_report_date':
      return {
        impact: `the spend, results and comparisons in this report stop at ${issue.reportDate}`,
        resolution: 'correct their Date if it is wrong, or run the report again on or after those dates',
      };
    default:
      return {
        impact: 'the figures that use this value may be incomplete',
        resolution: 'correct the value the warning names',
      };
  }
}

/** At most this many unusual days are named in one issue. */
const MAX_DAYS_NAMED = 3;
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `spend on Saturday 2026-03-14 was $1,250.00 against a usual $410.00 (robust z 5.2, 8 weeks)`. */
function dayText(d: DayCheck, currency: string): string {
  const fig = (v: number) =>
    d.metric === 'spend' ? formatMoney(new Dec(v), currency) : formatCount(new Dec(v));
  const weekday = WEEKDAY_NAMES[weekdayIndex(d.date)] ?? '';
  return `${d.metric} on ${weekday} ${d.date} was ${fig(d.actual)} against a usual ${fig(d.expected)} for a ${weekday} (robust z ${d.z.toFixed(1)}, over ${plural(d.weeks, 'week')})`;
}

const RENDER: Renderers = {
  kpi_below_threshold: (f) => {
    const shown = kpiStanding(f, f.currency, [f.thresholdPct, 100]);
    const ended = f.phase === 'ended';
    return {
      description: `${f.primary ? 'Primary' : 'Secondary'} KPI ${name(f.metric)} is at ${shown.pct ?? formatPercent(f.pctOfTarget)} of its ${formatTarget(f.target, f.currency)} target (actual ${shown.actual}) ${ended ? 'at the end of the campaign' : `with ${formatPercent(f.elapsedPct)} of the time elapsed`}`,
      impact: ended
        ? `the campaign ended below the ${f.thresholdPct}% performance threshold`
        : `below the ${f.thresholdPct}% performance threshold after the campaign midpoint`,
      resolution: ended
        ? `record in the retrospective why ${name(f.metric)} missed its target, and set the next campaign's target from what this one reached`
        : `change what drives ${name(f.metric)} (channel mix, creative, targeting) or revise its target with the CMO`,
    };
  },
  budget_ahead_of_progress: (f) => {
    const [spent, done] = budgetPercents(f);
    return {
      description: `${spent} of the budget spent (${formatMoney(f.spent, f.currency)} of ${formatMoney(f.allocated, f.currency)}) with ${done} of tasks completed`,
      impact: `${formatMoney(f.remaining, f.currency)} remains for ${plural(f.openTasks, 'open task')}`,
      resolution: budgetResolution(f),
    };
  },
  task_blocked_too_long: (f) => ({
    description: `${f.critical ? 'Critical task' : 'Task'} ${taskName(f)} blocked ${f.blockedMs === null ? 'since an unknown time (no Blocked Since)' : `for ${formatDuration(f.blockedMs)}`}${f.blocker === null ? '' : `: ${cited(f.blocker)}`}`,
    impact: waitingText(f.waitingTaskIds, 'waits on', 'wait on'),
    resolution:
      f.phase === 'ended'
        ? `the campaign has ended: cancel ${name(f.taskId)} with a reason, or carry it into the next plan`
        : f.phase === 'not_started'
          ? `resolve the blocker before launch on ${f.firstDay} and set ${name(f.taskId)} back to in_progress, or cancel it with a reason`
          : `resolve the blocker and set ${name(f.taskId)} back to in_progress, or cancel it with a reason`,
  }),
  task_failed: (f) => ({
    description: `${f.critical ? 'Critical task' : 'Task'} ${taskName(f)} failed after ${plural(f.attempts, 'attempt')}`,
    impact: waitingText(f.impactedTaskIds, 'depends on', 'depend on'),
    resolution:
      f.phase === 'ended'
        ? `write down why ${name(f.taskId)} failed for the retrospective, and cancel or carry into the next plan the tasks that depend on it`
        : `re-plan ${name(f.taskId)} with a new approach (a new task) or cancel it, and update the tasks that depend on it`,
  }),
  unusual_days: (f) => {
    const shown = f.days.slice(0, MAX_DAYS_NAMED).map((d) => dayText(d, f.currency));
    const more =
      f.days.length > MAX_DAYS_NAMED ? `; and ${plural(f.days.length - MAX_DAYS_NAMED, 'more day')}` : '';
    const conversionsFell = f.days.some((d) => d.metric === 'conversions' && d.z < 0);
    const spendRose = f.days.some((d) => d.metric === 'spend' && d.z > 0);
    return {
      description: `Unusual days on ${name(f.channel)}: ${shown.join('; ')}${more}`,
      impact: conversionsFell
        ? 'conversions may no longer be recorded (a broken tag) or the channel stopped converting'
        : spendRose
          ? 'money was spent faster than usual; if nothing was planned, a bid or budget change may be running away'
          : "the channel's figures left their usual weekly pattern",
      resolution: `check ${name(f.channel)}'s change history and tracking for ${f.days.length === 1 ? 'that day' : 'those days'} (budgets, bids, tags), then correct or explain ${f.days.length === 1 ? 'it' : 'them'}`,
    };
  },
  budget_gap: (f) => {
    const { gap: g } = f;
    const [spent, cost, diff] = [g.spent, g.channelCost, g.gap.abs()].map((v) => formatMoney(v, g.currency));
    return g.gap.isPositive()
      ? {
          description: `Budget Spent (${spent}) is ${diff} more than the cost of the campaign's ChannelMetrics rows (${cost})`,
          impact: `${diff} of the spend is not in any channel's figures, so the channel comparisons and CPA cover only ${cost}`,
          resolution:
            'add the missing ChannelMetrics rows (a channel not imported, days missing), or note what the rest paid for (fees, production)',
        }
      : {
          description: `Budget Spent (${spent}) is ${diff} less than the cost of the campaign's ChannelMetrics rows (${cost})`,
          impact: 'the budget figures may be out of date',
          resolution: 'update Budget Spent, or leave it blank to use the sum of the ChannelMetrics cost',
        };
  },
  kpi_pending: (f) => ({
    description: `${f.primary ? 'Primary' : 'Secondary'} KPI ${name(f.metric)} has no data yet (ETA ${f.eta})`,
    impact: `the percent of target of ${name(f.metric)} cannot be measured until then`,
    resolution: `fill the KPI's Actual column or add the ChannelMetrics rows it is derived from by ${f.eta}`,
  }),
  input_warning: (f) => ({
    description: renderIssue(f.issue),
    ...WARNING_WORDS(f.issue),
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
