import { Dec } from '../money/decimal';
import { DAY, makeTask, START } from '../testing/fixtures';
import { expectedProgressPct } from './expected-progress';

const asOf = START + 10 * DAY;
const past = START + 5 * DAY;
const ahead = START + 20 * DAY;

describe('expectedProgressPct', () => {
  it.each<[string, Parameters<typeof makeTask>[1][], string]>([
    ['no task: e × 100', [], '30'],
    ['all cancelled: e × 100', [{ status: 'cancelled', dueAt: past }], '30'],
    // (1 + 0 + 0.3) / 3 × 100 = 43.33…
    [
      'due, ahead, undated',
      [{ dueAt: past }, { dueAt: ahead }, {}],
      '43.33333333333333333333333333333333333333',
    ],
    // the cancelled task is left out: (1 + 0) / 2 × 100 = 50
    [
      'a cancelled task is not expected',
      [{ dueAt: past }, { dueAt: ahead }, { status: 'cancelled', dueAt: past }],
      '50',
    ],
    ['a completed task past due still counts as expected', [{ status: 'completed', dueAt: past }], '100'],
    ['undated only: e × 100', [{}, { status: 'failed' }], '30'],
  ])('%s', (_name, tasks, expected) => {
    const list = tasks.map((t, i) => makeTask(`T${i}`, t));
    expect(expectedProgressPct(list, asOf, new Dec('0.3')).toString()).toBe(expected);
  });
});
