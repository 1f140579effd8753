import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import { localDateOf, addDays } from '../../time/zoned';
import { asOfDate, daysBetween, daysLeft, lastDay } from '../calendar';
import { recommendBudget } from './recommend-budget';
import { recommendData } from './recommend-data';
import { recommendKpis } from './recommend-kpis';
import { recommendReadiness } from './recommend-readiness';
import { recommendShift } from './recommend-shift';
import { recommendTasks } from './recommend-tasks';
import type { RecommendationFinding } from './recommendation-finding';

/** Days between reviews when all is well. */
export const REVIEW_INTERVAL_DAYS = 7;

/** Keep the course: the next review a week after as_of (the last day at the latest), none once ended. */
function keepCourse(a: CampaignAnalysis): RecommendationFinding {
  const last = lastDay(a);
  const inAWeek = addDays(asOfDate(a), REVIEW_INTERVAL_DAYS);
  return {
    code: 'keep_course',
    channels: a.channels.map((c) => c.channel),
    nextReview: daysLeft(a) === 0 ? null : inAWeek < last ? inAWeek : last,
    lastDay: last,
  };
}

/** After the end: a primary KPI below its target, as advice for the next campaign's target. */
function nextPlanKpi(a: CampaignAnalysis): RecommendationFinding[] {
  const k = a.kpis.find((x) => x.isPrimary);
  if (k === undefined || k.actual.kind !== 'value' || k.pctOfTarget === null || k.pctOfTarget.gte(100))
    return [];
  const first = localDateOf(a.campaign.startAt, a.settings.timeZone);
  return [
    {
      code: 'next_plan_kpi',
      currency: a.budget.currency,
      metric: k.metric,
      actual: k.actual.value,
      unit: k.actual.unit,
      target: k.target,
      days: daysBetween(first, lastDay(a)) + 1,
    },
  ];
}

/**
 * Every recommendation of a campaign, as data, for its phase (docs/rules.md, Recommendations):
 * - running: budget exhausted, channel shift, spend pacing, KPI catch-up, unblock and re-plan tasks,
 *   data to fill;
 * - not started: readiness — tasks to unblock or finish before launch, a budget, tracking;
 * - ended: a retrospective — the channel mix and the target for the next campaign, tasks to close,
 *   data to fill for the final figures.
 * Never empty: when nothing calls for a change, keep the allocation (or launch as planned) and review
 * on a stated date.
 *
 * @example recommendationFindings(healthyCampaign) // [{ code: 'keep_course', nextReview: '2026-11-23', … }]
 */
export function recommendationFindings(a: CampaignAnalysis): RecommendationFinding[] {
  switch (a.timeline.phase) {
    case 'not_started': {
      const found = [...recommendTasks(a), ...recommendReadiness(a)];
      return found.length > 0
        ? found
        : [{ code: 'ready_to_launch', firstDay: localDateOf(a.campaign.startAt, a.settings.timeZone) }];
    }
    case 'ended': {
      const found = [...recommendShift(a), ...nextPlanKpi(a), ...recommendTasks(a), ...recommendData(a)];
      return found.length > 0 ? found : [keepCourse(a)];
    }
    case 'running': {
      const budget = recommendBudget(a);
      const found = [
        ...budget.filter((r) => r.code === 'budget_exhausted'),
        ...recommendShift(a),
        ...budget.filter((r) => r.code !== 'budget_exhausted'),
        ...recommendKpis(a),
        ...recommendTasks(a),
        ...recommendData(a),
      ];
      return found.length > 0 ? found : [keepCourse(a)];
    }
  }
}
