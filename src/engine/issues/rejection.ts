import type { TaskStatus } from '../model/statuses';

/** Why a TaskUpdates row was not applied. Rendered as `rejected: <reason>` in its Outcome cell. */
export type Rejection =
  | { code: 'unknown_task'; taskId: string }
  | { code: 'unknown_status'; value: string; allowed: readonly string[] }
  | { code: 'illegal_transition'; from: TaskStatus; to: string }
  | { code: 'unmet_dependencies'; dependencies: ReadonlyArray<{ taskId: string; status: TaskStatus }> }
  | { code: 'blocker_required' }
  | { code: 'cancel_reason_required' }
  | { code: 'updated_after_report_time'; updatedAt: string; asOf: string };

export type RejectionCode = Rejection['code'];
