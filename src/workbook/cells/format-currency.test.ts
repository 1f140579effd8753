import { formatCurrency } from './format-currency';

describe('formatCurrency', () => {
  it.each<[string | null, readonly string[] | null]>([
    ['[$€-407] #,##0.00', ['EUR']],
    ['[$€-x-euro2] #,##0.00', ['EUR']],
    ['[$EUR] #,##0', ['EUR']],
    ['"£"#,##0', ['GBP', 'GIP', 'FKP', 'SHP', 'EGP']],
    ['#,##0.00 "USD"', ['USD']],
    ['\\€#,##0', ['EUR']],
    ['$#,##0.00', null],
    ['[$¥-411]#,##0', ['JPY', 'CNY']],
    ['[$kr.-406] #,##0.00', ['DKK', 'SEK', 'NOK', 'ISK']],
    ['_-* #,##0.00 [$€-x-euro1]_-;-* #,##0.00 [$€-x-euro1]_-', ['EUR']],
    ['[$-409]mmm d, yyyy', null],
    ['[Red]0.00', null],
    ['0.0%', null],
    ['#,##0 " pcs"', null],
    ['General', null],
    [null, null],
  ])('%j shows %j', (format, currencies) => {
    const found = formatCurrency(format);
    expect(found === null ? null : found.currencies).toEqual(
      currencies ?? (format === '$#,##0.00' ? expect.arrayContaining(['USD', 'CAD']) : null),
    );
  });

  it('keeps the format it found the currency in', () => {
    expect(formatCurrency('"£"#,##0')?.format).toBe('"£"#,##0');
  });

  it('reads the first section only', () => {
    expect(formatCurrency('#,##0;"€"#,##0')).toBeNull();
  });
});
