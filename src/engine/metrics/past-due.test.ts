import { DAY, makeTask, START } from '../testing/fixtures';
import { isPastDue } from './past-due';

describe('isPastDue', () => {
  // Due Date 2026-03-10 (date only) is the instant 2026-03-11T00:00Z.
  const due = START + 10 * DAY;
  it.each<[string, number | null, number, boolean]>([
    ['no Due Date', null, due + DAY, false],
    ['a millisecond before the deadline', due, due - 1, false],
    ['at the deadline', due, due, true],
    ['after the deadline', due, due + 1, true],
  ])('%s', (_name, dueAt, asOf, expected) => {
    expect(isPastDue(makeTask('T1', { dueAt }), asOf)).toBe(expected);
  });
});
