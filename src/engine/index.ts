/**
 * The engine's public surface: what hosts (CLI, Excel add-in, custom functions) import. Everything
 * else in `src/engine/` is internal and may change without notice.
 */

// The entry point and its types.
export { track } from './track';
export type {
  CampaignResult,
  CampaignSnapshot,
  LearningEntry,
  TaskChange,
  TrackOptions,
  TrackOutcome,
  TrackResult,
  UpdateOutcome,
} from './track-types';

// The input model.
export { trackingInputSchema, type TableKey, type TrackingInput } from './model/tracking-input';
export { campaignSchema, type Campaign } from './model/campaign';
export { taskSchema, type Task } from './model/task';
export { kpiSchema, type Kpi } from './model/kpi';
export { channelMetricSchema, type ChannelMetric } from './model/channel-metric';
export { taskUpdateSchema, type TaskUpdate } from './model/task-update';
export { DEFAULT_SETTINGS, SETTINGS_KEYS, settingsSchema, type Settings } from './model/settings';
export { FIELD_LABELS, TABLE_LABELS, fieldLabel } from './model/labels';
export type { Instant, LocalDate } from './model/primitives';
export {
  CAMPAIGN_STATUSES,
  DATA_SOURCES,
  KPI_TYPES,
  OVERALL_STATUSES,
  TASK_STATUSES,
  TIMELINE_ADHERENCE,
  UPDATE_STATUSES,
  type CampaignStatus,
  type DataSource,
  type KpiType,
  type OverallStatus,
  type TaskStatus,
  type TimelineAdherence,
  type UpdateStatus,
} from './model/statuses';

// Issues and rejections as data, and the only place they become words.
export {
  hasErrors,
  type Issue,
  type IssueCode,
  type IssueDetail,
  type IssuePath,
  type Severity,
  type ValueKind,
} from './issues/issue';
export type { Rejection, RejectionCode } from './issues/rejection';
export { locateByRow, renderIssue, type Locate } from './messages/render-issue';
export { outcomeText, renderRejection } from './messages/render-rejection';
export { quote } from './messages/quote';

// The outputs.
export {
  ESCALATION_TYPES,
  LABELS,
  LEARNING_LABELS,
  SEVERITIES,
  cmoFeedbackSchema,
  executionStatusReportSchema,
  type CmoFeedback,
  type EscalationSeverity,
  type EscalationType,
  type ExecutionStatusReport,
  type FeedbackMetrics,
  type LearningLabel,
  type MetricLabel,
} from './report/output-schemas';
export { dataPending, dataPendingSchema, isDataPending, type DataPending } from './report/data-pending';

// Single metrics (custom functions): Dec in, Dec or null (no denominator) out.
export { ctr } from './metrics/ctr';
export { cpc } from './metrics/cpc';
export { cpm } from './metrics/cpm';
export { cpa } from './metrics/cpa';
export { conversionRate } from './metrics/conversion-rate';
export { roas } from './metrics/roas';
export { engagementRate } from './metrics/engagement-rate';
export { budgetUtilization } from './metrics/budget-utilization';
export { taskCompletionRate } from './metrics/task-completion-rate';
export { timelineStatus } from './metrics/timeline-status';
export { pacing } from './metrics/pacing';
export { elapsedFraction } from './metrics/elapsed';
export { pctOfTarget } from './metrics/pct-of-target';
export { directionOf } from './metrics/direction';
export { parseFigure, type ParsedFigure } from './metrics/parse-figure';
export { parseTarget } from './metrics/parse-target';
export type { Direction, FigureUnit, ParsedTarget } from './analysis/campaign-analysis';

// Money and time.
export { Dec, HUNDRED, ZERO, percentOf, roundTo } from './money/decimal';
export { formatMoney, isKnownCurrency, minorUnits, roundMoney } from './money/currency';
export { sumExact } from './money/sum';
export { isoDuration, isoTimestamp, parseIsoInstant } from './time/iso';
export {
  addDays,
  endOfLocalDay,
  formatLocalDate,
  instantOfWallTime,
  isValidTimeZone,
  localDateOf,
  offsetAt,
  parseLocalDate,
  startOfLocalDay,
  wallTimeAt,
  type WallTime,
} from './time/zoned';
export { isWholeDaySerial, serialOfWallTime, wallTimeOfSerial } from './time/excel-serial';
