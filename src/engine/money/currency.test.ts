import type * as Currency from './currency';
import { formatMoney, isKnownCurrency, minorUnits, roundMoney } from './currency';
import { Dec, percentOf, roundTo } from './decimal';
import { sumExact } from './sum';

describe('money', () => {
  it.each([
    ['USD', 2],
    ['EUR', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['BHD', 3],
  ])('%s has %d minor digits', (code, digits) => {
    expect(minorUnits(code)).toBe(digits);
  });

  it('rounds once, half-up, to the minor unit', () => {
    expect(roundMoney(new Dec('2.345'), 'USD')).toBe(2.35);
    expect(roundMoney(new Dec('2.344999'), 'USD')).toBe(2.34);
    expect(roundMoney(new Dec('1234.5'), 'JPY')).toBe(1235);
    expect(roundMoney(new Dec('-0.005'), 'USD')).toBe(-0.01);
    expect(roundTo(new Dec('42.05'), 1)).toBe(42.1);
  });

  it('sums exactly', () => {
    expect(sumExact([0.1, 0.2]).toString()).toBe('0.3');
    expect(sumExact(Array.from({ length: 1000 }, () => 0.01)).toString()).toBe('10');
    expect(sumExact([]).toString()).toBe('0');
  });

  it('formats for people', () => {
    expect(formatMoney(new Dec('1234.5'), 'USD')).toBe('$1,234.50');
    expect(formatMoney(new Dec('1234.5'), 'JPY')).toBe('¥1,235');
    expect(formatMoney(new Dec('-12'), 'EUR')).toBe('-€12.00');
  });

  it('knows currency codes', () => {
    expect(isKnownCurrency('EUR')).toBe(true);
    expect(isKnownCurrency('eur')).toBe(false);
    expect(isKnownCurrency('XYZ')).toBe(false);
  });

  it('percent of a zero whole is null', () => {
    expect(percentOf(new Dec(1), new Dec(0))).toBeNull();
    expect(percentOf(new Dec(1), new Dec(8))?.toString()).toBe('12.5');
  });
});

describe('isKnownCurrency where the runtime cannot list currencies (before ES2022)', () => {
  it('takes any three capital letters, and still nothing else', () => {
    const intl = Intl as { supportedValuesOf?: unknown };
    const list = intl.supportedValuesOf;
    delete intl.supportedValuesOf;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module, its cache empty
        const fresh = require('./currency') as typeof Currency;
        expect(fresh.isKnownCurrency('EUR')).toBe(true);
        expect(fresh.isKnownCurrency('XQZ')).toBe(true);
        expect(fresh.isKnownCurrency('EURO')).toBe(false);
      });
    } finally {
      intl.supportedValuesOf = list;
    }
  });
});
