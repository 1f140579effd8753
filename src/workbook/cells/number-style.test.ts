import { otherStyle, readsTwoWays, styledDigits } from './number-style';

describe('styledDigits', () => {
  it.each<[string, string | null, string | null]>([
    ['1234.5', '1234.5', null],
    ['1,234.5', '1234.5', null],
    ['1 234.5', '1234.5', null],
    ['1.234,5', null, '1234.5'],
    ['1,5', null, '1.5'],
    ['25.000', '25.000', '25000'],
    ['1,234', '1234', '1.234'],
    ['.5', '0.5', null],
    ['1e3', '1e3', '1e3'],
    ['12 34', null, null],
    ['1,2345', null, '1.2345'],
  ])('%j reads %j with a decimal point and %j with a decimal comma', (text, point, comma) => {
    expect(styledDigits(text, '1,234.56')).toBe(point);
    expect(styledDigits(text, '1.234,56')).toBe(comma);
  });

  it('space groups read the same in both styles', () => {
    expect(styledDigits('1 234 567', '1,234.56')).toBe('1234567');
    expect(styledDigits('1\u202f234,5', '1.234,56')).toBe('1234.5');
  });
});

describe('readsTwoWays', () => {
  it.each([
    ['25.000', true],
    ['1.234', true],
    ['999.999', true],
    ['1,234', false],
    ['0.125', false],
    ['1234.567', false],
    ['25.00', false],
    ['1.234.567', false],
  ])('%s: %s', (text, two) => {
    expect(readsTwoWays(text)).toBe(two);
  });
  it('the other style', () => {
    expect(otherStyle('1,234.56')).toBe('1.234,56');
    expect(otherStyle('1.234,56')).toBe('1,234.56');
  });
});
