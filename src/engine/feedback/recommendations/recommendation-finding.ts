import type { FigureGap, FigureUnit, ParsedTarget } from '../../analysis/campaign-analysis';
import type { CampaignPhase } from '../../analysis/phase';
import type { ForecastMethod } from '../../forecast/daily-model';
import type { Weekday } from '../../time/weekday';
import type { Dec } from '../../money/decimal';
import type { ComparisonFigures } from '../learnings/learning-finding';
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
      readonly from: string;
      readonly to: string;
      readonly sharePct: 10 | 20 | 30;
      readonly fromSpend: Dec;
      readonly amount: Dec;
      /** What justifies it: the significant comparison on CPA (where a channel converted), else CTR. */
      readonly comparison: ComparisonFigures;
      readonly estimated: boolean;
    }
  | {
      /** After the end: the channel comparison as advice for the next campaign's plan. */
      readonly code: 'next_plan_channels';
      readonly currency: string;
      readonly comparison: ComparisonFigures;
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
      /** The pacing forecast behind the advice, when there is one (else the elapsed-time rule). */
      readonly forecast: {
        readonly method: ForecastMethod;
        readonly expected: Dec;
        readonly projectedPct: Dec;
        readonly bandPct: Dec;
        readonly byWeekday: Readonly<Record<Weekday, Dec>> | null;
      } | null;
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
      readonly phase: CampaignPhase;
      readonly firstDay: LocalDate;
    }
  | {
      readonly code: 'replan_failed_task';
      readonly taskId: string;
      readonly title: string;
      readonly attempts: number;
      readonly impactedTaskIds: readonly string[];
      readonly phase: CampaignPhase;
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
      /** Before the start: a task late, or due before launch. */
      readonly code: 'finish_before_launch';
      readonly taskId: string;
      readonly title: string;
      readonly critical: boolean;
      readonly late: boolean;
      readonly dueDate: LocalDate | null;
      readonly firstDay: LocalDate;
    }
  | { readonly code: 'set_budget'; readonly firstDay: LocalDate }
  | {
      /** Before the start: tracking tasks still open, or none in the plan (`tasks` empty). */
      readonly code: 'tracking_before_launch';
      readonly tasks: ReadonlyArray<{ readonly taskId: string; readonly title: string }>;
      readonly firstDay: LocalDate;
    }
  | {
      /** After the end: the primary KPI missed its target; what to plan next time. */
      readonly code: 'next_plan_kpi';
      readonly currency: string;
      readonly metric: string;
      readonly actual: Dec;
      readonly unit: FigureUnit | 'number';
      readonly target: ParsedTarget;
      readonly days: number;
    }
  | {
      /** Before the start, with nothing to prepare: launch as planned. */
      readonly code: 'ready_to_launch';
      readonly firstDay: LocalDate;
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
