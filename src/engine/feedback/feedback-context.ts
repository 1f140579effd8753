import type { Issue } from '../issues/issue';
import type { Rejection } from '../issues/rejection';

/** What the CMO feedback needs besides the campaign's analysis. */
export interface CmoFeedbackContext {
  /** A new UUID for `feedback_id`. */
  readonly feedbackId: string;
  /** The `report_id` of the Execution Status Report built from the same analysis. */
  readonly reportId: string;
  readonly runId: string;
  /** Input warnings about this campaign (or the whole workbook), shown as low-severity issues. */
  readonly warnings: readonly Issue[];
  /** Rejected task updates of this campaign, summarised in one issue when there are any. */
  readonly rejections: readonly Rejection[];
}
