import { rowHeightSteps } from './style-steps';

describe('rowHeightSteps', () => {
  test.each([
    [{}, 0],
    [{ 4: 30 }, 1],
    [{ 4: 30, 5: 30 }, 1],
    [{ 4: 30, 5: 45 }, 2],
    [{ 4: 30, 6: 30 }, 2],
    [{ 9: 45, 4: 30, 5: 30 }, 2],
  ])('%j gives %i steps (one per run of equal heights)', (heights, steps) => {
    expect(rowHeightSteps('Report', heights)).toHaveLength(steps);
  });
});
