import { taskCompletionRate } from './task-completion-rate';

describe('taskCompletionRate', () => {
  it.each<[string[], string | null]>([
    [['completed', 'in_progress', 'cancelled', 'completed'], '50'],
    // cancelled counts in the total: 1 of 3
    [['completed', 'cancelled', 'cancelled'], '33.33333333333333333333333333333333333333'],
    [[' Completed ', 'COMPLETED', 'pending'], '66.66666666666666666666666666666666666667'],
    [['completed', '', '  '], '100'],
    [['blocked', 'failed'], '0'],
    [[], null],
    [['', ''], null],
  ])('%j → %s', (statuses, expected) => {
    expect(taskCompletionRate(statuses)?.toString() ?? null).toBe(expected);
  });
});
