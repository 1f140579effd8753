import { Dec } from '../money/decimal';
import { pacing } from './pacing';

describe('pacing', () => {
  it.each<[string, string, number, string | null]>([
    // 60 % spent with half the time gone: 0.6 / 0.5 = 1.2
    ['600', '1000', 50, '1.2'],
    ['500', '1000', 50, '1'],
    // 20 % spent with 80 % of the time gone: 0.2 / 0.8 = 0.25
    ['200', '1000', 80, '0.25'],
    ['1000', '1000', 150, '1'],
    ['0', '1000', 50, '0'],
    ['100', '0', 50, null],
    ['100', '1000', 0, null],
    ['100', '1000', -10, null],
  ])('spent %s of %s at t=%d → %s', (spent, allocated, asOf, expected) => {
    expect(pacing(new Dec(spent), new Dec(allocated), 0, 100, asOf)?.toString() ?? null).toBe(expected);
  });
});
