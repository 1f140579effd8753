import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import { addDays } from '../../time/zoned';
import { asOfDate, daysLeft, lastDay } from '../calendar';
import { recommendBudget } from './recommend-budget';
import { recommendData } from './recommend-data';
import { recommendKpis } from './recommend-kpis';
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

/**
 * Every recommendation of a campaign, as data, in this order: budget exhausted, channel shift, spend
 * pacing, KPI catch-up, unblock and re-plan tasks, data to fill. Never empty: when nothing calls for
 * a change, keep the allocation and review again on a stated date.
 *
 * @example recommendationFindings(healthyCampaign) // [{ code: 'keep_course', nextReview: '2026-11-23', … }]
 */
export function recommendationFindings(a: CampaignAnalysis): RecommendationFinding[] {
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
