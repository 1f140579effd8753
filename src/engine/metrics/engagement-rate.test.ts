import { Dec } from '../money/decimal';
import { engagementRate } from './engagement-rate';

describe('engagementRate', () => {
  it.each([
    ['120', '4000', '3'],
    ['0', '10', '0'],
    ['12', '0', null],
  ])('engagementRate(%s, %s) = %s', (a, b, expected) => {
    const result = engagementRate(new Dec(a), new Dec(b));
    expect(result === null ? null : result.toString()).toBe(expected);
  });
});
