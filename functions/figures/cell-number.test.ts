import { Dec } from '../../src/engine/money/decimal';
import { cellNumber } from './cell-number';

describe('cellNumber', () => {
  it.each<[string, 'percent' | 'as_is', number]>([
    ['3', 'percent', 0.03],
    ['1.5625', 'percent', 0.015625],
    ['100', 'percent', 1],
    ['91.3043478260869565217391304347826087', 'as_is', 91.30434782608695],
    ['-250.5', 'as_is', -250.5],
  ])('%s (%s) is %d', (value, scale, expected) => {
    expect(cellNumber(new Dec(value), scale)).toBe(expected);
  });

  it('divides exactly: 0.3 % is 0.003, not 0.0030000000000000005', () => {
    expect(cellNumber(new Dec('0.3'), 'percent')).toBe(0.003);
  });
});
