import { normaliseName } from './normalise-name';

describe('normaliseName', () => {
  it.each([
    ['Run ID', 'run_id'],
    ['Task Log', 'task-log'],
    ['TaskLog', 'TASK LOG'],
    ['Recorded At', ' recorded\tat '],
  ])('%s matches %s', (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });

  it('keeps other characters apart', () => {
    expect(normaliseName('Utilization %')).not.toBe(normaliseName('Utilization'));
  });
});
