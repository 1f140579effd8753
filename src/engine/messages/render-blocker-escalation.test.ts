import { HOUR, makeTask } from '../testing/fixtures';
import { DAY_20, analyzeParts } from '../testing/analyze-parts';
import { blockedFor, renderBlockerEscalation, waitingText } from './render-blocker-escalation';

// Day 20 is 2026-03-21T00:00Z; 50 hours before it is 2026-03-18T22:00Z.
const a = analyzeParts({
  tasks: [
    makeTask('T1', {
      title: 'Legal review',
      status: 'blocked',
      critical: true,
      blocker: 'Contract unsigned',
      blockedSince: DAY_20 - 50 * HOUR,
    }),
    makeTask('T2', { title: 'Launch', dependsOn: ['T1'] }),
    makeTask('T3', { title: 'Report', status: 'blocked' }),
  ],
});

describe('renderBlockerEscalation', () => {
  it('words a critical task with a task waiting on it', () => {
    const [critical] = a.escalations;
    if (critical?.code !== 'task_blocked_too_long') throw new Error('blocker escalation expected');
    expect(renderBlockerEscalation(critical, a)).toEqual({
      description:
        'Critical task T1 “Legal review” has been blocked for 2 days 2 hours (since 2026-03-18), over the 24-hour limit, by “Contract unsigned”; 1 task waits on it: T2 “Launch”.',
      recommendedAction:
        'Escalate today: get whoever can clear “Contract unsigned” to commit to a date for T1, and re-plan T2 “Launch” if it slips.',
    });
  });

  it('words a task blocked for an unknown time with no blocker written', () => {
    const [, medium] = a.escalations;
    if (medium?.code !== 'task_blocked_too_long') throw new Error('blocker escalation expected');
    expect(renderBlockerEscalation(medium, a)).toEqual({
      description:
        'Task T3 “Report” has been blocked for an unknown time (Blocked Since is empty), over the 24-hour limit, with no blocker recorded; no other task waits on it.',
      recommendedAction:
        'Clear the blocker with the owner of T3 this week, or cancel the task if it is no longer needed. Record Blocked Since on the task so the delay can be measured.',
    });
  });

  it('words durations in the Settings time zone and waiting tasks', () => {
    // 2026-03-18T22:00Z is already the 19th in Tokyo (UTC+9)
    expect(blockedFor(50 * HOUR, DAY_20 - 50 * HOUR, 'Asia/Tokyo')).toBe(
      'for 2 days 2 hours (since 2026-03-19)',
    );
    expect(blockedFor(null, null, 'UTC')).toBe('for an unknown time (Blocked Since is empty)');
    expect(waitingText(['T2', 'T3'], a)).toBe('2 tasks wait on it: T2 “Launch” and T3 “Report”');
    expect(waitingText([], a)).toBe('no other task waits on it');
  });
});
