import { runName, revertSummary } from './run-text';

describe('run text', () => {
  test('a run is named by its report time in the workbook’s zone, never by its id', () => {
    expect(runName({ at: '2026-11-24T17:00:00.000Z', timeZone: 'America/New_York' })).toBe(
      'the run of 24 Nov 2026, 12:00 New York time',
    );
    expect(runName({ at: null, timeZone: 'UTC' })).toBe('the last run');
  });
  test('what a revert changes', () => {
    const task = { taskId: 'T1', title: 'Brief', from: 'completed', to: 'in_progress' } as const;
    expect(
      revertSummary({ restoredTasks: [task, task], reopenedUpdates: 1, removedSheets: ['a', 'b'] }),
    ).toBe('2 task statuses put back, 1 update reopened, 2 sheets deleted');
  });
});
