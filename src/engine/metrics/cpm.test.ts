import { Dec } from '../money/decimal';
import { cpm } from './cpm';

describe('cpm', () => {
  it.each([
    // 45 / 15000 × 1000 = 3
    ['45', '15000', '3'],
    ['0.5', '1000', '0.5'],
    ['45', '0', null],
  ])('cpm(%s, %s) = %s', (a, b, expected) => {
    const result = cpm(new Dec(a), new Dec(b));
    expect(result === null ? null : result.toString()).toBe(expected);
  });
});
