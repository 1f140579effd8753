import type { Actual, FigureGap, FigureUnit, ParsedTarget } from '../../analysis/campaign-analysis';
import type { Dec } from '../../money/decimal';
import type { LocalDate } from '../../model/primitives';
import type { LearningLabel } from '../../report/output-schemas';

/** One channel's side of a comparison, with the volumes behind its rate. */
export interface ChannelFigures {
  readonly channel: string;
  readonly impressions: Dec;
  readonly clicks: Dec;
  readonly conversions: Dec;
  readonly cost: Dec;
}

/** A KPI's figures as a learning states them. */
export interface KpiFigures {
  readonly metric: string;
  readonly actual: Dec;
  readonly unit: FigureUnit | 'number';
  readonly target: ParsedTarget;
  readonly pctOfTarget: Dec;
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
      readonly code: 'channel_ctr';
      readonly label: LearningLabel;
      readonly best: ChannelFigures;
      readonly worst: ChannelFigures;
      readonly bestCtr: Dec;
      readonly worstCtr: Dec;
      readonly ratio: Dec | null;
    }
  | {
      readonly code: 'channel_cpa';
      readonly label: LearningLabel;
      readonly currency: string;
      readonly best: ChannelFigures;
      readonly worst: ChannelFigures;
      readonly bestCpa: Dec;
      readonly worstCpa: Dec | null;
      readonly ratio: Dec | null;
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
