import type { Rejection } from '../../engine/issues/rejection';

/**
 * The TaskUpdates field a rejection is about: the cell a host points at for a rejected update.
 *
 * @example rejectionField({ code: 'unknown_task', taskId: 'T-9' }) // 'taskId'
 */
export function rejectionField(rejection: Rejection): 'taskId' | 'updatedAt' | 'blockers' | 'newStatus' {
  switch (rejection.code) {
    case 'unknown_task':
      return 'taskId';
    case 'updated_after_report_time':
      return 'updatedAt';
    case 'blocker_required':
      return 'blockers';
    default:
      return 'newStatus';
  }
}
