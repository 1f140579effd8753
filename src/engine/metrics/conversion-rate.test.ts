import { Dec } from '../money/decimal';
import { conversionRate } from './conversion-rate';

describe('conversionRate', () => {
  it.each([
    // 23 / 450 × 100 = 5.11…
    ['23', '450', '5.111111111111111111111111111111111111111'],
    ['25.75', '100', '25.75'],
    ['150', '100', '150'],
    ['3', '0', null],
  ])('conversionRate(%s, %s) = %s', (a, b, expected) => {
    const result = conversionRate(new Dec(a), new Dec(b));
    expect(result === null ? null : result.toString()).toBe(expected);
  });
});
