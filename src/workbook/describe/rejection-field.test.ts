import type { Rejection } from '../../engine/issues/rejection';
import { rejectionField } from './rejection-field';

describe('rejectionField', () => {
  test.each<[Rejection, string]>([
    [{ code: 'unknown_task', taskId: 'T-9' }, 'taskId'],
    [{ code: 'updated_after_report_time', updatedAt: 'a', asOf: 'b' }, 'updatedAt'],
    [{ code: 'blocker_required' }, 'blockers'],
    [{ code: 'illegal_transition', from: 'completed', to: 'pending' }, 'newStatus'],
    [{ code: 'cancel_reason_required' }, 'newStatus'],
  ])('%j → %s', (rejection, field) => {
    expect(rejectionField(rejection)).toBe(field);
  });
});
