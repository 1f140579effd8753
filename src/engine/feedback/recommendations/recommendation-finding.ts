import type { FigureGap, FigureUnit, ParsedTarget } from '../../analysis/campaign-analysis';
import type { Dec } from '../../money/decimal';
import type { LocalDate } from '../../model/primitives';

/** A recommendation, as data; `messages/render-recommendation.ts` words it. */
export type RecommendationFinding =
  | {
      readonly code: 'budget_exhausted';
      readonly currency: string;
      readonly spent: Dec;
      readonly allocated: Dec;
      /** −remaining (0 when exactly spent). */
      readonly overBy: Dec;
      readonly daysLeft: number;
    }
  | {
      readonly code: 'shift_budget';
      readonly currency: string;
      /** What justifies it: CPA where a channel converted, else CTR. */
      readonly basis: 'cpa' | 'ctr';
      readonly from: string;
      readonly to: string;
      readonly sharePct: 20 | 30;
      readonly fromSpend: Dec;
      readonly amount: Dec;
      /** The better channel's figure and the worse one's (`null`: no conversion, or no click). */
      readonly toFigure: Dec;
      readonly fromFigure: Dec | null;
      readonly ratio: Dec | null;
      readonly estimated: boolean;
    }
  | {
      readonly code: 'pace_spend';
      readonly currency: string;
      readonly direction: 'over' | 'under';
      readonly perDay: Dec;
      readonly remaining: Dec;
      readonly daysLeft: number;
      readonly spentPct: Dec;
      readonly elapsedPct: Dec;
    }
  | {
      readonly code: 'kpi_catch_up';
      readonly currency: string;
      readonly metric: string;
      readonly unit: FigureUnit | 'number';
      readonly actual: Dec;
      readonly target: ParsedTarget;
      readonly needed: Dec;
      readonly perDay: Dec;
      readonly daysLeft: number;
      readonly elapsedPct: Dec;
    }
  | {
      readonly code: 'unblock_task';
      readonly taskId: string;
      readonly title: string;
      readonly critical: boolean;
      readonly blocker: string | null;
      readonly blockedMs: number | null;
      readonly waitingTaskIds: readonly string[];
    }
  | {
      readonly code: 'replan_failed_task';
      readonly taskId: string;
      readonly title: string;
      readonly attempts: number;
      readonly impactedTaskIds: readonly string[];
    }
  | { readonly code: 'fill_channel_rows'; readonly campaignId: string; readonly eta: LocalDate }
  | { readonly code: 'fill_kpi_actual'; readonly metric: string; readonly eta: LocalDate }
  | {
      readonly code: 'fill_channel_column';
      readonly column: 'Revenue' | 'Engagements';
      readonly figure: string;
      readonly eta: LocalDate;
    }
  | {
      /** ChannelMetrics figures left blank: get them where the platform reports them. */
      readonly code: 'report_blank_figures';
      readonly gaps: readonly FigureGap[];
    }
  | {
      readonly code: 'keep_course';
      readonly channels: readonly string[];
      /** `null` once the campaign has ended. */
      readonly nextReview: LocalDate | null;
      readonly lastDay: LocalDate;
    };
