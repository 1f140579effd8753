import { HOUR, makeTask } from '../testing/fixtures';
import { DAY_20, analyzeParts } from '../testing/analyze-parts';
import { blockerText, renderBlockerResolution } from './render-blocker-resolution';

describe('renderBlockerResolution', () => {
  const a = analyzeParts({
    tasks: [
      makeTask('T1', {
        status: 'blocked',
        critical: true,
        blocker: 'Contract unsigned',
        blockedSince: DAY_20 - HOUR,
      }),
      makeTask('T2', { title: 'Launch', dependsOn: ['T1'] }),
      makeTask('T3', { status: 'blocked' }),
    ],
  });
  const [first, second] = a.blocked;
  if (first === undefined || second === undefined) throw new Error('two blocked tasks expected');

  it('proposes to clear the blocker, today for a critical task, and what can start then', () => {
    // blocked one hour only: not escalated, still listed with a resolution
    expect(a.escalations.map((e) => e.code === 'task_blocked_too_long' && e.task.taskId)).toEqual(['T3']);
    expect(renderBlockerResolution(first, a)).toBe(
      'Clear “Contract unsigned”: name an owner and a date today (critical task); then start T2 “Launch”, which waits on it.',
    );
  });

  it('asks for the missing blocker and Blocked Since', () => {
    expect(renderBlockerResolution(second, a)).toBe(
      'No blocker is recorded for T3: write the reason in Blocker and name who can clear it this week; nothing else waits on it. Record Blocked Since so the delay can be measured.',
    );
    expect([blockerText(first.task), blockerText(second.task)]).toEqual([
      'Contract unsigned',
      '(no blocker recorded)',
    ]);
  });
});
