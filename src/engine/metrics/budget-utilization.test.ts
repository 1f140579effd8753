import { Dec } from '../money/decimal';
import { budgetUtilization } from './budget-utilization';

describe('budgetUtilization', () => {
  it.each([
    ['2100', '5000', '42'],
    ['5500', '5000', '110'],
    ['0', '5000', '0'],
    ['0', '0', null],
    ['10', '0', null],
  ])('budgetUtilization(%s, %s) = %s', (a, b, expected) => {
    const result = budgetUtilization(new Dec(a), new Dec(b));
    expect(result === null ? null : result.toString()).toBe(expected);
  });
});
