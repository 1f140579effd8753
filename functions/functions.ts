// The OPS.* worksheet functions (namespace OPS in manifest.xml). Each is a thin wrapper over one
// engine function: the JSDoc below is what Excel shows in formula autocomplete (functions.json is
// generated from it), the bodies only read the arguments and hand over to functions/figures/.
// Parameter names are written as Excel shows them (snake_case). The build appends
// CustomFunctions.associate(...) for each @customfunction. Ranges arrive as rows of cells.
import { conversionRate } from '../src/engine/metrics/conversion-rate';
import { cpa } from '../src/engine/metrics/cpa';
import { cpc } from '../src/engine/metrics/cpc';
import { cpm } from '../src/engine/metrics/cpm';
import { ctr } from '../src/engine/metrics/ctr';
import { budgetUtilization } from '../src/engine/metrics/budget-utilization';
import { engagementRate } from '../src/engine/metrics/engagement-rate';
import { roas } from '../src/engine/metrics/roas';
import { excelValue } from './errors/excel-error';
import { budgetRemainingFigure } from './figures/budget-remaining-figure';
import { pacingFigure } from './figures/pacing-figure';
import { pctOfTargetFigure } from './figures/pct-of-target-figure';
import { ratioFigure } from './figures/ratio-figure';
import { taskCompletionFigure } from './figures/task-completion-figure';
import { timelineStatusText } from './figures/timeline-status-text';

/**
 * Click-through rate: clicks ÷ impressions. Format the cell as % (0.03 shows as 3%).
 * @customfunction CTR
 * @param clicks Clicks: a number, a cell or a range (a range is added up; blank cells are skipped).
 * @param impressions Impressions: a number, a cell or a range.
 * @returns The share of impressions that were clicked, e.g. 0.03 for 3%.
 * @example =OPS.CTR(30, 1000) → 0.03
 */
export function CTR(clicks: unknown[][], impressions: unknown[][]): number {
  return excelValue(() => ratioFigure(ctr, ['clicks', clicks], ['impressions', impressions], 'percent'));
}

/**
 * Cost per click: cost ÷ clicks, in the currency of the cost.
 * @customfunction CPC
 * @param cost Cost (ad spend): a number, a cell or a range (a range is added up; blank cells are skipped).
 * @param clicks Clicks: a number, a cell or a range.
 * @returns What one click cost, e.g. 2.5.
 * @example =OPS.CPC(150, 60) → 2.5
 */
export function CPC(cost: unknown[][], clicks: unknown[][]): number {
  return excelValue(() => ratioFigure(cpc, ['cost', cost], ['clicks', clicks], 'as_is'));
}

/**
 * Cost per thousand impressions (CPM): cost ÷ impressions × 1000.
 * @customfunction CPM
 * @param cost Cost (ad spend): a number, a cell or a range (a range is added up; blank cells are skipped).
 * @param impressions Impressions: a number, a cell or a range.
 * @returns What a thousand impressions cost, e.g. 3.
 * @example =OPS.CPM(45, 15000) → 3
 */
export function CPM(cost: unknown[][], impressions: unknown[][]): number {
  return excelValue(() => ratioFigure(cpm, ['cost', cost], ['impressions', impressions], 'as_is'));
}

/**
 * Cost per acquisition: cost ÷ conversions.
 * @customfunction CPA
 * @param cost Cost (ad spend): a number, a cell or a range (a range is added up; blank cells are skipped).
 * @param conversions Conversions: a number, a cell or a range.
 * @returns What one conversion cost, e.g. 91.30.
 * @example =OPS.CPA(2100, 23) → 91.304…
 */
export function CPA(cost: unknown[][], conversions: unknown[][]): number {
  return excelValue(() => ratioFigure(cpa, ['cost', cost], ['conversions', conversions], 'as_is'));
}

/**
 * Conversion rate: conversions ÷ clicks. Format the cell as % (0.051 shows as 5.1%).
 * @customfunction CONVERSION_RATE
 * @param conversions Conversions: a number, a cell or a range (a range is added up; blank cells are skipped).
 * @param clicks Clicks: a number, a cell or a range.
 * @returns The share of clicks that converted, e.g. 0.051 for 5.1%.
 * @example =OPS.CONVERSION_RATE(22.5, 750) → 0.03
 */
export function CONVERSION_RATE(conversions: unknown[][], clicks: unknown[][]): number {
  return excelValue(() =>
    ratioFigure(conversionRate, ['conversions', conversions], ['clicks', clicks], 'percent'),
  );
}

/**
 * Return on ad spend: revenue ÷ cost, as a multiplier (2.4 means 2.4x: each 1 spent brought 2.40).
 * @customfunction ROAS
 * @param revenue Revenue (conversion value): a number, a cell or a range (a range is added up; blank cells are skipped).
 * @param cost Cost (ad spend) of the same rows: a number, a cell or a range.
 * @returns Revenue per unit of spend, e.g. 2.4.
 * @example =OPS.ROAS(5040, 2100) → 2.4
 */
export function ROAS(revenue: unknown[][], cost: unknown[][]): number {
  return excelValue(() => ratioFigure(roas, ['revenue', revenue], ['cost', cost], 'as_is'));
}

/**
 * Engagement rate: engagements ÷ impressions. Format the cell as % (0.03 shows as 3%).
 * @customfunction ENGAGEMENT_RATE
 * @param engagements Engagements (likes, shares, comments…): a number, a cell or a range (a range is added up).
 * @param impressions Impressions of the same rows: a number, a cell or a range.
 * @returns The share of impressions that engaged, e.g. 0.03 for 3%.
 * @example =OPS.ENGAGEMENT_RATE(120, 4000) → 0.03
 */
export function ENGAGEMENT_RATE(engagements: unknown[][], impressions: unknown[][]): number {
  return excelValue(() =>
    ratioFigure(engagementRate, ['engagements', engagements], ['impressions', impressions], 'percent'),
  );
}

/**
 * Percent of target: how far a KPI's actual is toward its target. Format as % (0.9 shows as 90%). A target written as a maximum ("≤ 80") or a cost metric (CPA, CPC, CPM) counts lower as better.
 * @customfunction PCT_OF_TARGET
 * @param actual The KPI's actual: a number, a cell or a range (a range is added up).
 * @param target The target as you write it: 500, "3.5%", "$80", "≤ 80" (at most 80), "2.4x", or a cell holding it.
 * @param [metric] The metric's name, e.g. "CPA" or "Cost per click", so a cost metric counts lower as better.
 * @returns The actual as a share of the target, e.g. 0.9 for 90%.
 * @example =OPS.PCT_OF_TARGET(100, "≤ $80") → 0.8
 */
export function PCT_OF_TARGET(actual: unknown[][], target: unknown[][], metric?: unknown[][]): number {
  return excelValue(() => pctOfTargetFigure(actual, target, metric));
}

/**
 * Budget utilization: spent ÷ allocated. Format the cell as % (0.42 shows as 42%).
 * @customfunction BUDGET_UTILIZATION
 * @param spent Money spent: a number, a cell or a range (a range is added up; blank cells are skipped).
 * @param allocated The budget allocated: a number, a cell or a range.
 * @returns The share of the budget used, e.g. 0.42 for 42%.
 * @example =OPS.BUDGET_UTILIZATION(2100, 5000) → 0.42
 */
export function BUDGET_UTILIZATION(spent: unknown[][], allocated: unknown[][]): number {
  return excelValue(() =>
    ratioFigure(budgetUtilization, ['spent', spent], ['allocated', allocated], 'percent'),
  );
}

/**
 * Budget remaining: allocated − spent (negative when overspent). Spent first, as in BUDGET_UTILIZATION and PACING.
 * @customfunction BUDGET_REMAINING
 * @param spent Money spent: a number, a cell or a range (a range is added up; blank cells are skipped).
 * @param allocated The budget allocated: a number, a cell or a range.
 * @returns The money left, e.g. 2900.
 * @example =OPS.BUDGET_REMAINING(5250.5, 5000) → -250.5
 */
export function BUDGET_REMAINING(spent: unknown[][], allocated: unknown[][]): number {
  return excelValue(() => budgetRemainingFigure(spent, allocated));
}

/**
 * Task completion rate: completed tasks ÷ all tasks (cancelled ones count). Format as % (0.5 shows as 50%).
 * @customfunction TASK_COMPLETION_RATE
 * @param statuses The Status cells of the tasks (pending, in_progress, completed, blocked, failed, cancelled); blank cells are skipped.
 * @returns The share of tasks completed, e.g. 0.5 for 50%.
 * @example =OPS.TASK_COMPLETION_RATE(Tasks[Status]) → 0.3 with 3 of 10 tasks completed
 */
export function TASK_COMPLETION_RATE(statuses: unknown[][]): number {
  return excelValue(() => taskCompletionFigure(statuses));
}

/**
 * Timeline status: on_track, at_risk or delayed, comparing progress with expected progress.
 * @customfunction TIMELINE_STATUS
 * @param progress Share of the work done, e.g. 40% or 0.4.
 * @param expected_progress Share of the work that should be done by now, e.g. 60% or 0.6.
 * @param [critical_task_late] TRUE when a critical task is past its due date (then the status is delayed).
 * @param [at_risk_gap] How far progress may trail before at_risk, e.g. 10% (the default, as in Settings).
 * @param [delayed_gap] How far progress may trail before delayed, e.g. 25% (the default, as in Settings).
 * @returns on_track, at_risk or delayed.
 * @example =OPS.TIMELINE_STATUS(40%, 60%) → "at_risk"
 */
export function TIMELINE_STATUS(
  progress: unknown[][],
  expected_progress: unknown[][],
  critical_task_late?: unknown[][],
  at_risk_gap?: unknown[][],
  delayed_gap?: unknown[][],
): string {
  return excelValue(() =>
    timelineStatusText(progress, expected_progress, critical_task_late, at_risk_gap, delayed_gap),
  );
}

/**
 * Spend pacing: share of budget spent ÷ share of campaign time gone. 1 is on pace, 1.2 is 20% ahead, 0.8 is 20% behind.
 * @customfunction PACING
 * @volatile
 * @param spent Money spent: a number, a cell or a range (a range is added up; blank cells are skipped).
 * @param allocated The budget allocated: a number, a cell or a range.
 * @param start The campaign's start date.
 * @param end The campaign's end date (a date without a time runs to the end of that day).
 * @param [as_of] The date to measure at (the end of that day); now when left out.
 * @returns The pace of spending against time, e.g. 1.2.
 * @example =OPS.PACING(600, 1000, DATE(2026,1,1), DATE(2026,1,30), DATE(2026,1,15)) → 1.2
 */
export function PACING(
  spent: unknown[][],
  allocated: unknown[][],
  start: unknown[][],
  end: unknown[][],
  as_of?: unknown[][],
): number {
  return excelValue(() => pacingFigure(spent, allocated, start, end, as_of, () => new Date()));
}
