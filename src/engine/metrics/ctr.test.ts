import { Dec } from '../money/decimal';
import { ctr } from './ctr';

describe('ctr', () => {
  it.each([
    // 30 / 1000 × 100 = 3
    ['30', '1000', '3'],
    ['450', '15000', '3'],
    ['0', '1000', '0'],
    ['5', '0', null],
  ])('ctr(%s, %s) = %s', (a, b, expected) => {
    const result = ctr(new Dec(a), new Dec(b));
    expect(result === null ? null : result.toString()).toBe(expected);
  });
});
