import { z } from 'zod';
import { OVERALL_STATUSES, TIMELINE_ADHERENCE } from '../model/statuses';
import { PHASES } from '../analysis/phase';
import { WATCHED } from '../anomalies/daily-anomalies';
import { WEEKDAYS } from '../time/weekday';
import { COMPARED_METRICS } from '../compare/compared-metric';
import { URGENCIES } from '../feedback/next-actions';
import { dataPendingSchema } from './data-pending';

/**
 * The two outputs, in the shapes of operator-execution-tracking.md: exactly its keys and value types,
 * plus the extra keys documented in docs/outputs.md. Both are checked against these schemas before
 * anything is written; a failure is a bug in the engine, never the user's input.
 */

const isoTimestamp = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const count = z.number().int().nonnegative();
const pct = z.number();
const numberOrPending = z.union([z.number(), dataPendingSchema]);

export const LABELS = ['[MEASURED]', '[ESTIMATED]', '[PENDING]'] as const;
export const LEARNING_LABELS = ['[MEASURED]', '[ESTIMATED]', '[INFERENCE]'] as const;
export const ESCALATION_TYPES = ['performance', 'budget', 'timeline', 'blocker'] as const;
export const SEVERITIES = ['critical', 'high', 'medium'] as const;
export type EscalationType = (typeof ESCALATION_TYPES)[number];
export type EscalationSeverity = (typeof SEVERITIES)[number];
export type MetricLabel = (typeof LABELS)[number];
export type LearningLabel = (typeof LEARNING_LABELS)[number];

/** A figure some rows of a channel leave blank: not reported, so not counted (docs/rules.md, Missing figures). */
export const dataGapSchema = z.object({
  channel: z.string(),
  figure: z.enum(['impressions', 'clicks', 'conversions', 'cost']),
  blank_rows: count,
  rows: count,
});
export type DataGap = z.infer<typeof dataGapSchema>;

export const taskSummarySchema = z.object({
  total: count,
  completed: count,
  in_progress: count,
  pending: count,
  blocked: count,
  failed: count,
  cancelled: count,
});

export const budgetStatusSchema = z.object({
  allocated: z.number(),
  spent: z.number(),
  remaining: z.number(),
  utilization_pct: pct,
  currency: z.string().length(3),
});

export const performanceEntrySchema = z.object({
  metric: z.string(),
  target: z.string(),
  actual: z.string(),
  pct_of_target: numberOrPending,
  label: z.enum(LABELS),
  kpi_type: z.enum(['primary', 'secondary']),
  actual_value: z.number().nullable(),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  data_gaps: z.array(dataGapSchema),
});

export const escalationSchema = z.object({
  type: z.enum(ESCALATION_TYPES),
  description: z.string().min(1),
  severity: z.enum(SEVERITIES),
  recommended_action: z.string().min(1),
  task_id: z.string().optional(),
  metric: z.string().optional(),
});

export const blockerSchema = z.object({
  task_id: z.string(),
  blocker: z.string(),
  duration: z.string().regex(/^P(\d+D)?(T(\d+H)?(\d+M)?)?$|^unknown$/),
  proposed_resolution: z.string().min(1),
  critical: z.boolean(),
  blocked_since: isoTimestamp.nullable(),
});

export const completedTaskSchema = z.object({
  task_id: z.string(),
  title: z.string(),
  expected_result: z.union([z.string(), z.number()]).nullable(),
  actual_result: z.union([z.string(), z.number()]).nullable(),
  estimated_hours: z.number().nullable(),
  actual_hours: z.number().nullable(),
  hours_variance_pct: z.number().nullable(),
  deviations: z.array(z.enum(['over_estimate', 'finished_late', 'result_below_expected'])),
});

export const channelBreakdownSchema = z.object({
  channel: z.string(),
  impressions: z.number(),
  clicks: z.number(),
  conversions: z.number(),
  cost: z.number(),
  revenue: z.number().nullable(),
  ctr_pct: z.number().nullable(),
  conversion_rate_pct: z.number().nullable(),
  cpa: z.number().nullable(),
  roas: z.number().nullable(),
  label: z.enum(['[MEASURED]', '[ESTIMATED]']),
  rows: count,
  blank_rows: z.object({ impressions: count, clicks: count, conversions: count, cost: count }),
});

export const channelComparisonSchema = z.object({
  metric: z.enum(COMPARED_METRICS),
  better: z.string(),
  worse: z.string(),
  /** CTR or conversion rate in percent, CPA in money; `null`: the worse channel has nothing to show. */
  better_value: z.number(),
  worse_value: z.number().nullable(),
  /** How many times better; `null` when unbounded (the worse channel has no click or conversion). */
  ratio: z.number().nullable(),
  ratio_low: z.number(),
  ratio_high: z.number(),
  p_value: z.number().min(0).max(1),
  p_adjusted: z.number().min(0).max(1),
  significant: z.boolean(),
  more_clicks_needed: z.number().int().nonnegative().nullable(),
  label: z.enum(['[MEASURED]', '[ESTIMATED]']),
});

/** A comparison of two ad campaigns within a channel: as a channel comparison, with the channel. */
export const adCampaignComparisonSchema = channelComparisonSchema.extend({ channel: z.string() });

export const channelEfficiencySchema = z.object({
  basis: z.enum(['cpa', 'roas']),
  campaign_value: z.number().nullable(),
  channels: z.array(
    z.object({
      channel: z.string(),
      value: z.number().nullable(),
      index: z.number().nullable(),
      spend_share_pct: z.number().nullable(),
      enough_data: z.boolean(),
    }),
  ),
});

const rangeSchema = z.object({ expected: z.number(), low: z.number(), high: z.number() });

export const forecastSchema = z.object({
  method: z.enum(['day_of_week', 'straight_line']),
  /** The run of days the forecast is fitted to, and how many days it spans. */
  data_from: isoDate,
  data_to: isoDate,
  days_of_data: count,
  end_date: isoDate,
  days_ahead: count,
  spend: rangeSchema,
  primary_kpi: rangeSchema.extend({ metric: z.string() }).nullable(),
  recommended_daily_budget: z.number().nullable(),
  recommended_daily_budget_by_weekday: z.record(z.enum(WEEKDAYS), z.number()).nullable(),
  pacing: z
    .object({
      projected_pct_of_budget: z.number(),
      band_pct: z.number(),
      status: z.enum(['over', 'under', 'on_pace']),
    })
    .nullable(),
});

export const anomalySchema = z.object({
  channel: z.string(),
  date: isoDate,
  metric: z.enum(WATCHED),
  actual: z.number(),
  expected: z.number(),
  low: z.number(),
  high: z.number(),
  z: z.number(),
  weeks: count,
  significant: z.boolean(),
});

export const executionStatusReportSchema = z.object({
  report_id: z.uuid(),
  campaign_id: z.string(),
  timestamp: isoTimestamp,
  overall_status: z.enum(OVERALL_STATUSES),
  task_summary: taskSummarySchema,
  budget_status: budgetStatusSchema,
  performance_vs_target: z.array(performanceEntrySchema),
  escalations: z.array(escalationSchema),
  blockers: z.array(blockerSchema),
  // Extra keys (docs/outputs.md).
  run_id: z.string(),
  mission_id: z.string(),
  campaign_name: z.string(),
  task_completion_rate_pct: pct,
  timeline_adherence: z.enum(TIMELINE_ADHERENCE),
  elapsed_pct: pct,
  completed_tasks: z.array(completedTaskSchema),
  channel_breakdown: z.array(channelBreakdownSchema),
  phase: z.enum(PHASES),
  channel_comparisons: z.array(channelComparisonSchema),
  ad_campaign_comparisons: z.array(adCampaignComparisonSchema),
  channel_efficiency: channelEfficiencySchema,
  forecast: forecastSchema.nullable(),
  anomalies: z.array(anomalySchema),
  data_gaps: z.array(dataGapSchema),
});
export type ExecutionStatusReport = z.infer<typeof executionStatusReportSchema>;

export const feedbackMetricsSchema = z.object({
  impressions: numberOrPending,
  clicks: numberOrPending,
  conversions: numberOrPending,
  cost: numberOrPending,
  ctr: numberOrPending,
  conversion_rate: numberOrPending,
  cpa: numberOrPending,
  roas: numberOrPending,
});
export type FeedbackMetrics = z.infer<typeof feedbackMetricsSchema>;

export const feedbackIssueSchema = z.object({
  description: z.string().min(1),
  severity: z.number().int().min(1).max(10),
  impact: z.string().min(1),
  resolution: z.string().min(1),
});

const learningSchema = z.string().regex(/^\[(MEASURED|ESTIMATED|INFERENCE)\] \S/);

export const cmoFeedbackSchema = z.object({
  feedback_id: z.uuid(),
  mission_id: z.string(),
  campaign_id: z.string(),
  timestamp: isoTimestamp,
  execution_result: z.string().min(1),
  metrics: feedbackMetricsSchema,
  learnings: z.array(learningSchema).min(1),
  issues: z.array(feedbackIssueSchema),
  recommendations: z.array(z.string().min(1)),
  confidence_in_data: z.number().int().min(0).max(100),
  // Extra keys (docs/outputs.md).
  report_id: z.uuid(),
  run_id: z.string(),
  currency: z.string().length(3),
  metric_labels: z.record(z.string(), z.enum(LABELS)),
  data_as_of: isoDate.nullable(),
  phase: z.enum(PHASES),
  next_actions: z
    .array(z.object({ action: z.string().min(1), urgency: z.enum(URGENCIES), due: isoDate.nullable() }))
    .max(3),
  data_gaps: z.array(dataGapSchema),
});
export type CmoFeedback = z.infer<typeof cmoFeedbackSchema>;
