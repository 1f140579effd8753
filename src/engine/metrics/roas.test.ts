import { Dec } from '../money/decimal';
import { roas } from './roas';

describe('roas', () => {
  it.each([
    ['5040', '2100', '2.4'],
    ['0', '100', '0'],
    ['10', '0', null],
  ])('roas(%s, %s) = %s', (a, b, expected) => {
    const result = roas(new Dec(a), new Dec(b));
    expect(result === null ? null : result.toString()).toBe(expected);
  });
});
