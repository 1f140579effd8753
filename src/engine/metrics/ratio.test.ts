import { Dec } from '../money/decimal';
import { ratio } from './ratio';

describe('ratio', () => {
  it.each([
    ['5', '2', '2.5'],
    ['0', '7', '0'],
    ['1', '3', '0.3333333333333333333333333333333333333333'],
    ['5', '0', null],
  ])('ratio(%s, %s) = %s', (a, b, expected) => {
    const result = ratio(new Dec(a), new Dec(b));
    expect(result === null ? null : result.toString()).toBe(expected);
  });
});
