import { Dec } from '../money/decimal';
import { cpa } from './cpa';

describe('cpa', () => {
  it.each([
    ['2100', '23', '91.30434782608695652173913043478260869565'],
    ['1200.5', '0.5', '2401'],
    ['0', '4', '0'],
    ['1200', '0', null],
  ])('cpa(%s, %s) = %s', (a, b, expected) => {
    const result = cpa(new Dec(a), new Dec(b));
    expect(result === null ? null : result.toString()).toBe(expected);
  });
});
