import { parseTarget } from './parse-target';

describe('parseTarget', () => {
  it.each<[string | number, string, string, boolean]>([
    ['500', '500', 'number', false],
    [500, '500', 'number', false],
    [0.035, '0.035', 'number', false],
    ['1,000', '1000', 'number', false],
    ['3.5%', '3.5', 'percent', false],
    ['3.5 %', '3.5', 'percent', false],
    ['$80', '80', 'money', false],
    ['$ 80', '80', 'money', false],
    ['€80', '80', 'money', false],
    ['80€', '80', 'money', false],
    ['80 USD', '80', 'money', false],
    ['USD 80', '80', 'money', false],
    ['eur 1.234,56', '1234.56', 'money', false],
    ['≤ 80', '80', 'number', true],
    ['≤80', '80', 'number', true],
    ['<= 80', '80', 'number', true],
    ['< 80', '80', 'number', true],
    ['max 80', '80', 'number', true],
    ['Max. $80', '80', 'money', true],
    ['max80', '80', 'number', true],
    ['at most 2.5%', '2.5', 'percent', true],
    ['up to €1,500', '1500', 'money', true],
    ['≥ 500', '500', 'number', false],
    ['>= 500', '500', 'number', false],
    ['> 500', '500', 'number', false],
    ['min 500', '500', 'number', false],
    ['at least 15k', '15000', 'number', false],
    ['1.2M', '1200000', 'number', false],
    ['2.4x', '2.4', 'multiplier', false],
    ['2.4 X', '2.4', 'multiplier', false],
    ['2.4×', '2.4', 'multiplier', false],
    ['  ≤  $ 80  ', '80', 'money', true],
    ['1\u00a0000', '1000', 'number', false],
    ['-5', '-5', 'number', false],
    ['−$5', '-5', 'money', false],
    ['0', '0', 'number', false],
  ])('%j → %s %s (lower marked: %s)', (input, value, unit, lower) => {
    const parsed = parseTarget(input);
    expect(parsed).not.toBeNull();
    expect(parsed?.value.toString()).toBe(value);
    expect(parsed?.unit).toBe(unit);
    expect(parsed?.lowerIsBetterMarked).toBe(lower);
  });

  it('keeps the text as written, trimmed', () => {
    expect(parseTarget('  ≤ $80 ')?.text).toBe('≤ $80');
    expect(parseTarget(2500)?.text).toBe('2500');
  });

  it.each<[string | number]>([
    ['soon'],
    [''],
    ['about 3'],
    ['80 apples'],
    ['$80%'],
    ['$2x'],
    ['1,00,0'],
    ['3.5%%'],
    ['80 XYZ'],
    ['- -5'],
    ['max'],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
  ])('%j is not a target', (input) => {
    expect(parseTarget(input)).toBeNull();
  });
});
