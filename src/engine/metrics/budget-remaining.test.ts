import { Dec } from '../money/decimal';
import { budgetRemaining } from './budget-remaining';

describe('budgetRemaining', () => {
  it.each([
    ['5000', '2100', '2900'],
    ['5000', '5250.5', '-250.5'],
    ['0.3', '0.1', '0.2'],
    ['0', '0', '0'],
  ])('budgetRemaining(%s, %s) = %s', (allocated, spent, expected) => {
    expect(budgetRemaining(new Dec(allocated), new Dec(spent)).toString()).toBe(expected);
  });
});
