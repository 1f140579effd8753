import { updateStatusOf } from './update-status';

describe('updateStatusOf', () => {
  it.each([
    ['in_progress', 'in_progress'],
    ['In Progress', 'in_progress'],
    ['  IN-PROGRESS\t', 'in_progress'],
    ['in - progress', 'in_progress'],
    ['Completed', 'completed'],
    ['RETRY', 'retry'],
    ['cancelled', 'cancelled'],
  ])('%p → %s', (written, status) => {
    expect(updateStatusOf(written)).toBe(status);
  });

  it.each(['', 'done', 'canceled', 'in progress now', '_in_progress', 'x'.repeat(100_000)])(
    '%p is unknown',
    (w) => {
      expect(updateStatusOf(w)).toBeNull();
    },
  );
});
