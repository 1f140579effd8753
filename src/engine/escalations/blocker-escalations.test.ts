import type { BlockedTask } from '../analysis/campaign-analysis';
import { HOUR, makeSettings, makeTask } from '../testing/fixtures';
import { blockerEscalations } from './blocker-escalations';

function blocked(critical: boolean, blockedMs: number | null): BlockedTask {
  return { task: makeTask('T1', { status: 'blocked', critical }), blockedMs, waitingTaskIds: [] };
}

describe('blockerEscalations', () => {
  it.each<[boolean, number | null, string | null]>([
    [true, 24 * HOUR - 1, null],
    [true, 24 * HOUR, null],
    [true, 24 * HOUR + 1, 'critical'],
    [false, 24 * HOUR, null],
    [false, 24 * HOUR + 1, 'medium'],
    [false, 72 * HOUR, 'medium'],
    // unknown duration: escalated as if too long
    [true, null, 'critical'],
    [false, null, 'medium'],
  ])('critical %s, blocked %s ms → %s', (critical, ms, severity) => {
    const found = blockerEscalations([blocked(critical, ms)], makeSettings());
    expect(found.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
  });

  it('uses Blocked Escalation Hours', () => {
    const settings = makeSettings({ blockedEscalationHours: 4 });
    expect(blockerEscalations([blocked(false, 4 * HOUR)], settings)).toEqual([]);
    expect(blockerEscalations([blocked(false, 4 * HOUR + 1)], settings)).toEqual([
      expect.objectContaining({ type: 'blocker', code: 'task_blocked_too_long', blockedMs: 4 * HOUR + 1 }),
    ]);
  });
});
