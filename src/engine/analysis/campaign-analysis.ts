import type { DayCheck } from '../anomalies/daily-anomalies';
import type { AdCampaignComparison } from '../compare/ad-campaign-comparison';
import type { ChannelComparison } from '../compare/channel-comparison';
import type { Forecast } from '../forecast/pacing-forecast';
import type { EfficiencyRanking } from '../compare/efficiency-ranking';
import type { Dec } from '../money/decimal';
import type { Campaign } from '../model/campaign';
import type { ChannelMetric } from '../model/channel-metric';
import type { Kpi } from '../model/kpi';
import type { Instant, LocalDate } from '../model/primitives';
import type { Settings } from '../model/settings';
import type { OverallStatus, TimelineAdherence } from '../model/statuses';
import type { Task } from '../model/task';
import type { CampaignPhase } from './phase';
import type { EscalationSeverity, EscalationType, MetricLabel } from '../report/output-schemas';

/**
 * Everything the engine works out about one campaign at one `as_of`, unrounded. The report and the
 * CMO feedback are both built from this, so they can never disagree. Rounding happens only when a
 * builder turns a figure into output.
 */

/**
 * The ChannelMetrics figures a platform may leave unreported: a blank cell is missing, not zero
 * (docs/rules.md, Missing figures). Revenue and Engagements are optional columns, blank as often as not.
 */
export const REPORTED_FIGURES = ['impressions', 'clicks', 'conversions', 'cost'] as const;
export type ReportedFigure = (typeof REPORTED_FIGURES)[number];

/** The ratios, each computed over the rows that report both of its figures. */
export const RATIO_METRICS = [
  'ctr',
  'conversion_rate',
  'cpc',
  'cpm',
  'cpa',
  'roas',
  'engagement_rate',
] as const;
export type RatioMetric = (typeof RATIO_METRICS)[number];

/** A ratio's two sums over the rows that report both figures (`ctr`: clicks over impressions). */
export interface RatioBasis {
  readonly numerator: Dec;
  readonly denominator: Dec;
  /** How many rows report both figures. */
  readonly rows: number;
}

/** Sums over ChannelMetrics rows (one ad campaign, one channel, or the whole campaign). */
export interface MetricTotals {
  readonly rows: number;
  /** Rows whose Source is `estimated`. */
  readonly estimatedRows: number;
  /** Sum of the reported values (blank cells add nothing); see `blanks`. */
  readonly impressions: Dec;
  readonly clicks: Dec;
  readonly conversions: Dec;
  readonly cost: Dec;
  /** Per figure, the rows whose cell is blank: not reported (a figure no row reports has `blanks === rows`). */
  readonly blanks: Readonly<Record<ReportedFigure, number>>;
  /** Per ratio, its sums over the rows that report both of its figures: what every ratio divides. */
  readonly bases: Readonly<Record<RatioMetric, RatioBasis>>;
  /** `null` when no row has a Revenue value (blank is missing, not zero). */
  readonly revenue: Dec | null;
  /** `null` when no row has an Engagements value. */
  readonly engagements: Dec | null;
  /** Cost of the rows that have Revenue (ROAS is revenue / the cost of the same rows). */
  readonly costWithRevenue: Dec;
  /**
   * Impressions of the rows that have Engagements (engagement rate is engagements / the impressions of
   * the same rows). Absent: the same as `impressions`.
   */
  readonly impressionsWithEngagements?: Dec;
  /** Latest Date among the rows, `null` when no row is dated. */
  readonly lastDate: LocalDate | null;
}

/**
 * One ad campaign of a channel (the Ad Campaign column; `null` for rows without one): its sums and
 * its rows, in sheet order — what a comparison of ad campaigns within a channel works from.
 */
export interface AdCampaignTotals extends MetricTotals {
  readonly channel: string;
  readonly adCampaign: string | null;
  /** The ChannelMetrics rows of this ad campaign (usually one per day), in sheet order, as read. */
  readonly metricRows: readonly ChannelMetric[];
}

export interface ChannelTotals extends MetricTotals {
  readonly channel: string;
  /**
   * The channel's ad campaigns, in order of first appearance; told apart like channels (trimmed,
   * ignoring case). A channel whose rows have no Ad Campaign has one entry, `adCampaign: null`.
   */
  readonly adCampaigns: readonly AdCampaignTotals[];
}

/** A figure some of a channel's rows do not report. */
export interface FigureGap {
  readonly channel: string;
  readonly figure: ReportedFigure;
  /** Rows of the channel whose cell is blank. */
  readonly blankRows: number;
  /** All rows of the channel. */
  readonly rows: number;
}

/** The metrics a KPI's Metric may name and the engine derives from ChannelMetrics. */
export const DERIVED_METRICS = [
  'impressions',
  'clicks',
  'conversions',
  'cost',
  'revenue',
  'ctr',
  'cpc',
  'cpm',
  'cpa',
  'conversion_rate',
  'roas',
  'engagement_rate',
] as const;
export type DerivedMetric = (typeof DERIVED_METRICS)[number];

/** How a figure is expressed: a count, money, a percentage (3.5 means 3.5 %) or a multiplier (2.4x). */
export type FigureUnit = 'count' | 'money' | 'percent' | 'multiplier';

/** A Target as the user wrote it, understood. */
export interface ParsedTarget {
  readonly value: Dec;
  readonly unit: FigureUnit | 'number';
  /** `≤ 80`, `<= 80`, `max 80` say lower is better whatever the metric. */
  readonly lowerIsBetterMarked: boolean;
  /** The text as written, for the report's `target` string. */
  readonly text: string;
}

export type Direction = 'higher_is_better' | 'lower_is_better';

/** A metric's actual value, or why there is none. */
export type Actual =
  | {
      readonly kind: 'value';
      readonly value: Dec;
      readonly unit: FigureUnit | 'number';
      readonly estimated: boolean;
    }
  /** A lower-is-better ratio whose denominator is zero while money was spent (CPA with 0 conversions). */
  | {
      readonly kind: 'unbounded';
      readonly what: 'no_conversions' | 'no_clicks' | 'no_impressions';
      /** The cost of the rows that report the denominator (0 conversions): what bought nothing. */
      readonly spent: Dec;
    }
  | { readonly kind: 'pending'; readonly eta: LocalDate };

export interface KpiFigure {
  /** Index of the KPI in `input.kpis`. */
  readonly kpiIndex: number;
  readonly kpi: Kpi;
  /** The metric, normalised (`Conversion Rate` → `conversion_rate`); other names are kept as written. */
  readonly metric: string;
  readonly derived: DerivedMetric | null;
  /**
   * The target in the metric's unit (a plain `3.5` for CTR is 3.5 %, `250%` for ROAS is 2.5x); its
   * `text` stays as written.
   */
  readonly target: ParsedTarget;
  readonly direction: Direction;
  /** In the same unit as the target, so the two compare directly. */
  readonly actual: Actual;
  /** Percent of target, unrounded; `null` when the actual is pending. Unbounded actuals give 0. */
  readonly pctOfTarget: Dec | null;
  readonly label: MetricLabel;
  readonly isPrimary: boolean;
  /**
   * Blank cells among the figures a derived actual rests on, per channel (CTR: clicks and impressions);
   * empty when every row reports them, or when the actual comes from the Actual cell.
   */
  readonly gaps: readonly FigureGap[];
}

export interface TaskCounts {
  readonly total: number;
  readonly pending: number;
  readonly in_progress: number;
  readonly completed: number;
  readonly blocked: number;
  readonly failed: number;
  readonly cancelled: number;
}

export interface BudgetFigures {
  readonly currency: string;
  readonly allocated: Dec;
  readonly spent: Dec;
  /** allocated − spent; negative when overspent. */
  readonly remaining: Dec;
  /** spent / allocated × 100, unrounded; 0 when both are 0. */
  readonly utilizationPct: Dec;
  /** Where `spent` came from: the Budget Spent cell, or the sum of ChannelMetrics cost. */
  readonly spentSource: 'budget_spent_cell' | 'channel_metrics';
}

export interface TimelineFigures {
  /** Elapsed fraction e = clamp((as_of − start) / (end − start), 0, 1). */
  readonly elapsed: Dec;
  readonly midpointReached: boolean;
  /** Not started, running or ended at the report time (docs/rules.md, Phase). */
  readonly phase: CampaignPhase;
  /** completed / total × 100 (cancelled count in the total, as the source defines it). */
  readonly completionRatePct: Dec;
  /** The completion that adherence compares: completed / (total − cancelled) × 100. */
  readonly progressPct: Dec;
  /** What progress should be by now (docs/rules.md), in percent. */
  readonly expectedProgressPct: Dec;
  readonly adherence: TimelineAdherence;
  /** Critical tasks past their due date and not completed (they make the timeline delayed). */
  readonly lateCriticalTaskIds: readonly string[];
}

/** One escalation, as data; `src/engine/messages/` words it. */
export type EscalationFinding =
  | {
      readonly type: Extract<EscalationType, 'performance'>;
      readonly severity: EscalationSeverity;
      readonly code: 'kpi_below_threshold';
      readonly kpi: KpiFigure;
      readonly thresholdPct: number;
    }
  | {
      readonly type: Extract<EscalationType, 'budget'>;
      readonly severity: EscalationSeverity;
      readonly code: 'budget_ahead_of_progress';
      readonly spentPct: Dec;
      readonly completionRatePct: Dec;
    }
  | {
      readonly type: Extract<EscalationType, 'blocker'>;
      readonly severity: EscalationSeverity;
      readonly code: 'task_blocked_too_long';
      readonly task: Task;
      /** `null` when Blocked Since is empty (duration unknown: escalated as if too long). */
      readonly blockedMs: number | null;
    }
  | {
      readonly type: Extract<EscalationType, 'timeline'>;
      readonly severity: EscalationSeverity;
      readonly code: 'task_failed';
      readonly task: Task;
      /** Tasks that depend on the failed one, directly or through others, and are not done. */
      readonly impactedTaskIds: readonly string[];
    };

export interface BlockedTask {
  readonly task: Task;
  /** `null` when Blocked Since is empty. */
  readonly blockedMs: number | null;
  /** Tasks waiting on this one (directly or through others), not completed or cancelled. */
  readonly waitingTaskIds: readonly string[];
}

export interface FailedTask {
  readonly task: Task;
  /** Tasks that depend on it, directly or through others, and are not completed or cancelled. */
  readonly impactedTaskIds: readonly string[];
}

export interface CampaignAnalysis {
  readonly campaign: Campaign;
  readonly settings: Settings;
  readonly asOf: Instant;
  /** The campaign's ChannelMetrics rows that count at the report time (none dated after it), in row order. */
  readonly rows: readonly ChannelMetric[];
  /** The campaign's tasks after this run's updates, in input order. */
  readonly tasks: readonly Task[];
  readonly counts: TaskCounts;
  readonly budget: BudgetFigures;
  readonly totals: MetricTotals;
  /** Per channel, in order of first appearance. */
  readonly channels: readonly ChannelTotals[];
  readonly kpis: readonly KpiFigure[];
  readonly timeline: TimelineFigures;
  readonly escalations: readonly EscalationFinding[];
  readonly blocked: readonly BlockedTask[];
  /** Failed tasks, with what they hold up (one definition: `escalations/dependants.ts`). */
  readonly failed: readonly FailedTask[];
  /** Channels compared two by two, with statistics (docs/rules.md, Comparing channels). */
  readonly comparison: ChannelComparison;
  /** Within each channel, its ad campaigns compared the same way (docs/rules.md, Comparing ad campaigns). */
  readonly adCampaignComparisons: readonly AdCampaignComparison[];
  /** Channels ranked by cost per result (docs/rules.md, Efficiency). */
  readonly efficiency: EfficiencyRanking;
  /** Where spend and the primary KPI will end (docs/rules.md, Pacing forecast); `null` when not running or too few days. */
  readonly forecast: Forecast | null;
  /** Each channel's last week against the same weekdays before (docs/rules.md, Anomalies). */
  readonly anomalies: readonly DayCheck[];
  readonly overallStatus: OverallStatus;
  /** The ETA printed for figures without data: Settings Data ETA, else as_of + 1 day. */
  readonly defaultEta: LocalDate;
}
