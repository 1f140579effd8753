import { makeTask } from '../testing/fixtures';
import type { EscalationFinding } from './campaign-analysis';
import { sortEscalations } from './escalation-order';

const failed = (id: string, severity: EscalationFinding['severity']): EscalationFinding => ({
  type: 'timeline',
  severity,
  code: 'task_failed',
  task: makeTask(id),
  impactedTaskIds: [],
});
const blocker = (id: string, severity: EscalationFinding['severity']): EscalationFinding => ({
  type: 'blocker',
  severity,
  code: 'task_blocked_too_long',
  task: makeTask(id),
  blockedMs: null,
});

describe('sortEscalations', () => {
  it('puts the most severe first, then by type, then as found', () => {
    const sorted = sortEscalations([
      failed('A', 'medium'),
      failed('B', 'critical'),
      blocker('C', 'medium'),
      blocker('D', 'critical'),
      failed('E', 'critical'),
    ]);
    expect(
      sorted.map((f) =>
        f.code === 'task_failed' || f.code === 'task_blocked_too_long' ? f.task.taskId : '',
      ),
    ).toEqual(['D', 'B', 'E', 'C', 'A']);
  });
});
