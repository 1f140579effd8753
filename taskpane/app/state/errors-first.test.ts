import { INPUT_ERRORS } from '../testing/run-fixtures';
import { errorsFirst } from './errors-first';

describe('errorsFirst', () => {
  it('puts errors before warnings and keeps the order within each', () => {
    // INPUT_ERRORS: warning Settings!B3, error Tasks!D7, error ChannelMetrics (no address).
    expect(errorsFirst(INPUT_ERRORS).map((i) => i.address?.a1 ?? null)).toEqual([
      'Tasks!D7',
      null,
      'Settings!B3',
    ]);
  });
});
