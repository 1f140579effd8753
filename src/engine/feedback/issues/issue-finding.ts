import type { Actual, ParsedTarget } from '../../analysis/campaign-analysis';
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
      readonly elapsedPct: Dec;
      readonly currency: string;
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
    }
  | {
      readonly code: 'task_failed';
      readonly severity: number;
      readonly taskId: string;
      readonly title: string;
      readonly critical: boolean;
      readonly attempts: number;
      readonly impactedTaskIds: readonly string[];
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
      readonly code: 'updates_rejected';
      readonly severity: number;
      readonly total: number;
      readonly byCode: ReadonlyArray<{ readonly code: RejectionCode; readonly count: number }>;
    };
