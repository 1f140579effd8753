import type { Actual, Direction, ParsedTarget } from '../../analysis/campaign-analysis';
import type { CampaignPhase } from '../../analysis/phase';
import type { DayCheck } from '../../anomalies/daily-anomalies';
import type { BudgetGap } from '../budget-gap';
import type { Issue } from '../../issues/issue';
import type { RejectionCode } from '../../issues/rejection';
import type { Dec } from '../../money/decimal';
import type { LocalDate } from '../../model/primitives';

/** One entry of the feedback's `issues`, as data; `messages/render-feedback-issue.ts` words it. */
export type IssueFinding =
  | {
      readonly code: 'kpi_below_threshold';
      readonly severity: number;
      readonly metric: string;
      readonly primary: boolean;
      readonly actual: Actual;
      readonly target: ParsedTarget;
      readonly pctOfTarget: Dec;
      readonly thresholdPct: number;
      readonly direction: Direction;
      readonly elapsedPct: Dec;
      readonly currency: string;
      readonly phase: CampaignPhase;
    }
  | {
      readonly code: 'budget_ahead_of_progress';
      readonly severity: number;
      readonly spent: Dec;
      readonly allocated: Dec;
      readonly remaining: Dec;
      readonly spentPct: Dec;
      readonly completionRatePct: Dec;
      /** Tasks neither completed nor cancelled. */
      readonly openTasks: number;
      readonly currency: string;
      /** The flags the two percentages are judged against (Settings Budget Flag Spent % and Completion %). */
      readonly spentFlagPct: number;
      readonly completionFlagPct: number;
      readonly phase: CampaignPhase;
      /** The feedback's spend recommendation this issue may point to: cap daily spend, pause spend, none. */
      readonly spendAdvice: 'cap' | 'pause' | null;
    }
  | {
      readonly code: 'task_blocked_too_long';
      readonly severity: number;
      readonly taskId: string;
      readonly title: string;
      readonly critical: boolean;
      readonly blocker: string | null;
      readonly blockedMs: number | null;
      readonly waitingTaskIds: readonly string[];
      readonly phase: CampaignPhase;
      /** The campaign's first day (the launch a blocker must clear by, before the start). */
      readonly firstDay: LocalDate;
    }
  | {
      readonly code: 'task_failed';
      readonly severity: number;
      readonly taskId: string;
      readonly title: string;
      readonly critical: boolean;
      readonly attempts: number;
      readonly impactedTaskIds: readonly string[];
      readonly phase: CampaignPhase;
    }
  | {
      readonly code: 'kpi_pending';
      readonly severity: number;
      readonly metric: string;
      readonly primary: boolean;
      readonly eta: LocalDate;
    }
  | { readonly code: 'input_warning'; readonly severity: number; readonly issue: Issue }
  | {
      /** A channel's unusual days of the last week (docs/rules.md, Anomalies), most unusual first. */
      readonly code: 'unusual_days';
      readonly severity: number;
      readonly channel: string;
      readonly days: readonly DayCheck[];
      readonly currency: string;
    }
  | {
      /** Budget Spent and the channels' cost disagree (docs/rules.md, Budget). */
      readonly code: 'budget_gap';
      readonly severity: number;
      readonly gap: BudgetGap;
    }
  | {
      readonly code: 'updates_rejected';
      readonly severity: number;
      readonly total: number;
      readonly byCode: ReadonlyArray<{ readonly code: RejectionCode; readonly count: number }>;
    };
