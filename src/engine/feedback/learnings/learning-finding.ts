import type {
  Actual,
  Direction,
  FigureGap,
  FigureUnit,
  ParsedTarget,
} from '../../analysis/campaign-analysis';
import type { Dec } from '../../money/decimal';
import type { LocalDate } from '../../model/primitives';
import type { ComparedMetric } from '../../compare/compared-metric';
import type { ForecastMethod } from '../../forecast/daily-model';
import type { Forecast, RangeFigure } from '../../forecast/pacing-forecast';
import type { LearningLabel } from '../../report/output-schemas';

/** One channel's side of a comparison, with the volumes behind its rate. */
export interface ChannelFigures {
  readonly channel: string;
  readonly impressions: Dec;
  readonly clicks: Dec;
  readonly conversions: Dec;
  readonly cost: Dec;
}

/** A comparison of two channels as a learning or a recommendation states it. */
export interface ComparisonFigures {
  readonly metric: ComparedMetric;
  readonly better: ChannelFigures;
  readonly worse: ChannelFigures;
  /** The better channel's figure and the worse one's (CTR or conversion rate in percent, CPA in money; `null`: none). */
  readonly betterValue: Dec;
  readonly worseValue: Dec | null;
  readonly ratio: number;
  readonly low: number;
  readonly high: number;
  readonly significant: boolean;
  /** How many comparisons the significance was adjusted for (Holm). */
  readonly family: number;
  readonly moreClicksNeeded: number | null;
}

/** A KPI's figures as a learning states them. */
export interface KpiFigures {
  readonly metric: string;
  readonly actual: Dec;
  readonly unit: FigureUnit | 'number';
  readonly target: ParsedTarget;
  readonly pctOfTarget: Dec;
  readonly direction: Direction;
  /** The thresholds its percent is judged against (shown precisely enough to fall on their side). */
  readonly thresholds: readonly number[];
  /** Blank cells among the figures the actual rests on: the learning says so. */
  readonly gaps: readonly FigureGap[];
}

export type MissingData =
  | { readonly what: 'channel_rows'; readonly eta: LocalDate }
  | {
      readonly what: 'channel_clicks';
      readonly channels: ReadonlyArray<{ readonly channel: string; readonly clicks: Dec }>;
      readonly minClicks: number;
      readonly eta: LocalDate;
    }
  | { readonly what: 'kpi_actual'; readonly metric: string; readonly eta: LocalDate }
  | { readonly what: 'no_kpis' }
  /** Figures some ChannelMetrics rows leave blank (not reported). */
  | { readonly what: 'blank_figures'; readonly gaps: readonly FigureGap[] };

/**
 * What a learning says, as data; `messages/render-learning.ts` words it. Every finding carries its
 * label: an estimate or a projection is never `[MEASURED]`.
 */
export type LearningFinding =
  | {
      /** Two channels compared on a figure, with the size of the difference and its interval. */
      readonly code: 'channel_comparison';
      readonly label: LearningLabel;
      readonly currency: string;
      readonly comparison: ComparisonFigures;
    }
  | {
      /** Two ad campaigns of one channel compared on a figure: a significant difference only. */
      readonly code: 'ad_campaign_comparison';
      readonly label: LearningLabel;
      readonly currency: string;
      readonly channel: string;
      readonly comparison: ComparisonFigures;
    }
  | {
      /**
       * Channels under the minimum clicks: named, never left out silently. With `within`, these are
       * the ad campaigns of that channel (each `channel` is an ad campaign's name).
       */
      readonly code: 'channels_too_little_data';
      readonly label: '[MEASURED]';
      readonly channels: ReadonlyArray<{ readonly channel: string; readonly clicks: Dec }>;
      readonly minClicks: number;
      readonly within?: string;
    }
  | {
      readonly code: 'kpi_pace';
      readonly label: LearningLabel;
      readonly currency: string;
      readonly kpi: KpiFigures;
      readonly elapsedPct: Dec;
    }
  | {
      readonly code: 'kpi_projection';
      readonly label: '[ESTIMATED]';
      readonly currency: string;
      readonly metric: string;
      readonly projected: Dec;
      readonly unit: FigureUnit | 'number';
      readonly target: ParsedTarget;
      readonly projectedPctOfTarget: Dec;
      readonly endDate: LocalDate;
      /**
       * How: the pacing forecast from the daily rows (with its 95 % range and the days it spans), or
       * a straight line from the elapsed share of time when there is no forecast.
       */
      readonly basis:
        | { readonly kind: 'elapsed' }
        | {
            readonly kind: 'forecast';
            readonly method: ForecastMethod;
            readonly daysOfData: number;
            readonly low: Dec;
            readonly high: Dec;
          };
    }
  | {
      /** Where spend will end at the current daily pace, against the budget. */
      readonly code: 'pacing_forecast';
      readonly label: '[ESTIMATED]';
      readonly currency: string;
      readonly method: ForecastMethod;
      readonly daysOfData: number;
      readonly endDate: LocalDate;
      readonly spend: RangeFigure;
      readonly allocated: Dec;
      readonly pacing: Forecast['pacing'];
    }
  | {
      readonly code: 'kpi_level';
      readonly label: LearningLabel;
      readonly currency: string;
      readonly kpi: KpiFigures;
      readonly lowerIsBetter: boolean;
    }
  | {
      readonly code: 'kpi_unbounded';
      readonly label: LearningLabel;
      readonly currency: string;
      readonly metric: string;
      readonly what: Extract<Actual, { kind: 'unbounded' }>['what'];
      readonly cost: Dec;
    }
  | {
      readonly code: 'estimate_accuracy';
      readonly label: '[MEASURED]';
      readonly tasks: number;
      readonly actualHours: Dec;
      readonly estimatedHours: Dec;
      readonly pctOfEstimate: Dec;
      readonly largest: {
        readonly taskId: string;
        readonly actualHours: Dec;
        readonly estimatedHours: Dec;
        readonly variancePct: Dec;
      } | null;
    }
  | {
      readonly code: 'blocker_pattern';
      readonly label: '[MEASURED]';
      readonly taskIds: readonly string[];
      readonly longest: { readonly taskId: string; readonly ms: number } | null;
      readonly withoutSince: number;
      readonly repeated: ReadonlyArray<{ readonly blocker: string; readonly taskIds: readonly string[] }>;
    }
  | {
      /** Nothing else qualified: what data is missing and when it is expected. */
      readonly code: 'data_missing';
      readonly label: '[INFERENCE]';
      readonly missing: readonly MissingData[];
      /** ChannelMetrics rows so far, and when the next data is expected (for the generic wording). */
      readonly rows: number;
      readonly eta: LocalDate;
    };
