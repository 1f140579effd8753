import type { RawCell } from '../../../src/workbook/host';
import { baseBook, withCell, withRow, type Book } from '../hostile-book';
import { writtenOutcomes, type HostileCase } from '../hostile-case';
import type { Planned } from '../pipeline';

const base = baseBook();

const statusOf = (run: Planned, taskId: string) => run.result.tasks.find((t) => t.taskId === taskId)?.status;

/** An update in TaskUpdates row 4 (after the two good ones): it is refused, the good ones still apply. */
function refused(
  name: string,
  update: Readonly<Record<string, RawCell>>,
  book: Book = base,
  reason?: RegExp,
): HostileCase {
  return {
    kind: 'illegal transition',
    name,
    book: withRow(book, 'TaskUpdates', { 'Updated At': '2026-11-19 11:00', ...update }),
    expect: (run) => {
      const written = writtenOutcomes(run);
      expect(written.get(2)).toBe('applied');
      expect(written.get(4)).toMatch(/^rejected: /);
      if (reason !== undefined) expect(written.get(4)).toMatch(reason);
      const task = typeof update['Task ID'] === 'string' ? update['Task ID'] : '';
      const before = base.Tasks?.rows.find((r) => r[0] === task)?.[3];
      // T-2 and T-3 move with the good updates; any other task keeps its status.
      if (task !== 'T-2' && task !== 'T-3' && before !== undefined) expect(statusOf(run, task)).toBe(before);
    },
  };
}

export const TRANSITION_CASES: HostileCase[] = [
  refused('New Status "done" (not a status)', { 'Task ID': 'T-4', 'New Status': 'done' }, base, /"done"/),
  refused('completed → in_progress', { 'Task ID': 'T-1', 'New Status': 'in_progress' }),
  refused('blocked → completed', { 'Task ID': 'T-4', 'New Status': 'completed' }),
  refused(
    'pending → in_progress while a dependency is not completed',
    // Dated before T-2's completion (09:00), so T-2 is still in progress when it is applied.
    { 'Task ID': 'T-3', 'New Status': 'in_progress', 'Updated At': '2026-11-19 08:00' },
    base,
    /waiting on T-2/,
  ),
  refused(
    'pending → completed (skipping in_progress)',
    {
      'Task ID': 'T-5',
      'New Status': 'completed',
    },
    withRow(base, 'Tasks', { 'Task ID': 'T-5', 'Campaign ID': 'C-1', Title: 'Extra', Status: 'pending' }),
  ),
  refused('in_progress → blocked without a blocker', {
    'Task ID': 'T-2',
    'New Status': 'blocked',
    'Updated At': '2026-11-19 08:00',
  }),
  refused('cancelled without a reason', { 'Task ID': 'T-4', 'New Status': 'cancelled' }),
  refused('a task that does not exist', { 'Task ID': 'T-404', 'New Status': 'completed' }, base, /T-404/),
  refused('an update dated after the report time', {
    'Task ID': 'T-4',
    'New Status': 'cancelled',
    Result: 'Priorities changed',
    'Updated At': '2026-11-21 09:00',
  }),
  {
    kind: 'illegal transition',
    name: 'an update already applied is never applied again',
    book: withCell(
      withCell(base, 'TaskUpdates', 1, 'Applied At', '2026-11-19 12:00'),
      'TaskUpdates',
      1,
      'Outcome',
      'applied',
    ),
    expect: (run) => {
      // Row 2 (T-2 → completed) carries Applied At: untouched. Row 3 (T-3 → in_progress) is
      // processed, and refused, since the Tasks cells still say T-2 is in progress.
      expect(writtenOutcomes(run).has(2)).toBe(false);
      expect(writtenOutcomes(run).get(3)).toMatch(/^rejected: waiting on T-2/);
      expect(run.result.taskChanges).toEqual([]);
      expect(run.result.updateOutcomes.map((o) => o.updateIndex)).toEqual([1]);
    },
  },
];
