import type { CampaignAnalysis } from '../analysis/campaign-analysis';
import type { LocalDate } from '../model/primitives';
import { addDays } from '../time/zoned';
import { asOfDate, lastDay } from './calendar';
import type { RecommendationFinding } from './recommendations/recommendation-finding';

/** How soon a recommendation calls for action, most urgent first. */
export const URGENCIES = [
  'today',
  'before_launch',
  'this_week',
  'by_date',
  'next_review',
  'next_plan',
] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface NextAction {
  readonly finding: RecommendationFinding;
  readonly urgency: Urgency;
  /** The day it is due by: today, the launch, a week from today (the last day at the latest), an ETA. */
  readonly due: LocalDate | null;
}

/** How many next actions the feedback lists (the task pane's overview card shows them). */
export const NEXT_ACTIONS = 3;

function urgencyOf(f: RecommendationFinding): Urgency {
  switch (f.code) {
    case 'budget_exhausted':
      return 'today';
    case 'pace_spend':
      return f.direction === 'over' ? 'today' : 'this_week';
    case 'unblock_task':
      return f.phase === 'ended'
        ? 'next_plan'
        : f.phase === 'not_started'
          ? 'before_launch'
          : f.critical
            ? 'today'
            : 'this_week';
    case 'replan_failed_task':
      return f.phase === 'ended' ? 'next_plan' : f.impactedTaskIds.length > 0 ? 'today' : 'this_week';
    case 'shift_budget':
    case 'kpi_catch_up':
      return 'this_week';
    case 'finish_before_launch':
    case 'set_budget':
    case 'tracking_before_launch':
      return 'before_launch';
    case 'fill_channel_rows':
    case 'fill_kpi_actual':
    case 'fill_channel_column':
      return 'by_date';
    case 'report_blank_figures':
      return 'this_week';
    case 'ready_to_launch':
      return 'next_review';
    case 'keep_course':
      return f.nextReview === null ? 'next_plan' : 'next_review';
    case 'next_plan_channels':
    case 'next_plan_kpi':
      return 'next_plan';
  }
}

function dueOf(f: RecommendationFinding, urgency: Urgency, a: CampaignAnalysis): LocalDate | null {
  const today = asOfDate(a);
  switch (urgency) {
    case 'today':
      return today;
    case 'before_launch':
      return 'firstDay' in f ? f.firstDay : null;
    case 'this_week': {
      const inAWeek = addDays(today, 7);
      const last = lastDay(a);
      return inAWeek < last ? inAWeek : last;
    }
    case 'by_date':
      return 'eta' in f ? f.eta : null;
    case 'next_review':
      return f.code === 'keep_course' ? f.nextReview : f.code === 'ready_to_launch' ? f.firstDay : null;
    case 'next_plan':
      return null;
  }
}

/**
 * The campaign's next actions: its recommendations, most urgent first (today, before launch, this
 * week, by a data ETA, at the next review, in the next plan; equal urgencies keep the feedback's
 * order), at most three, each with the day it is due.
 *
 * @example nextActions(a, recommendationFindings(a)).map((n) => n.urgency) // ['today', 'this_week', 'by_date']
 */
export function nextActions(a: CampaignAnalysis, findings: readonly RecommendationFinding[]): NextAction[] {
  return findings
    .map((finding, i) => ({ finding, i, urgency: urgencyOf(finding) }))
    .sort((x, y) => URGENCIES.indexOf(x.urgency) - URGENCIES.indexOf(y.urgency) || x.i - y.i)
    .slice(0, NEXT_ACTIONS)
    .map(({ finding, urgency }) => ({ finding, urgency, due: dueOf(finding, urgency, a) }));
}
