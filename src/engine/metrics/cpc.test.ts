import { Dec } from '../money/decimal';
import { cpc } from './cpc';

describe('cpc', () => {
  it.each([
    ['150', '60', '2.5'],
    ['0', '60', '0'],
    ['150', '0', null],
  ])('cpc(%s, %s) = %s', (a, b, expected) => {
    const result = cpc(new Dec(a), new Dec(b));
    expect(result === null ? null : result.toString()).toBe(expected);
  });
});
