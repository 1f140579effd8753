import { coerceInput, fifteenDigits } from './coerce';

// 2026-11-24 is 20,781 days after 1970-01-01 (56 years of 365 days + 14 leap days + 327 days into
// 2026), and 1970-01-01 is serial 25,569: 25,569 + 20,781 = 46,350.
const NOV_24_2026 = 46_350;

describe('Excel converts text written to Range.values (General cell, en-US)', () => {
  test.each([
    ['00123', 123, undefined],
    ['1e5', 100_000, '0.00E+00'],
    ['-4.5', -4.5, undefined],
    ['+5', 5, undefined],
    [' 42 ', 42, undefined],
    ['12%', 0.12, '0%'],
    ['12.5%', 0.125, '0.00%'],
    ['1,234', 1234, '#,##0'],
    ['$1,234.50', 1234.5, '$#,##0.00'],
    ['2026-11-24', NOV_24_2026, 'm/d/yyyy'],
    ['2026/11/24', NOV_24_2026, 'm/d/yyyy'],
    ['11/24/2026', NOV_24_2026, 'm/d/yyyy'],
    ['2026-11-24 12:00', NOV_24_2026 + 0.5, 'm/d/yyyy h:mm'],
    ['14:30', 14.5 / 24, 'h:mm'],
    ['1234567890123456789', 1_234_567_890_123_450_000, undefined],
  ])('%j is stored as the number %d (format %s)', (input, value, format) => {
    const stored = coerceInput(input, 'General');
    expect(stored).toEqual({
      value,
      quotePrefix: false,
      ...(format === undefined ? {} : { impliedFormat: format }),
    });
  });

  test.each([
    ['TRUE', true],
    ['false', false],
    ['True', true],
  ])('%j is the boolean %p', (input, value) => {
    expect(coerceInput(input, 'General')).toEqual({ value, quotePrefix: false });
  });

  test.each([
    ['=1+1', 2],
    ['=2*(3+4)', 14],
    ['=SUM(A1:A3)', { error: '#NAME?' }],
    ['=1/0', { error: '#DIV/0!' }],
  ])('%j becomes a formula whose value is %j', (input, value) => {
    expect(coerceInput(input, 'General')).toEqual({ value, formula: input, quotePrefix: false });
  });

  test.each([
    ['+abc', '=+abc'],
    ['-abc', '=-abc'],
    ['- item', '=- item'],
  ])('%j starts with a sign, so Excel reads it as the formula %j', (input, formula) => {
    expect(coerceInput(input, 'General')).toEqual({
      value: { error: '#NAME?' },
      formula,
      quotePrefix: false,
    });
  });

  test.each([
    ['hello', 'hello'],
    ['-', '-'],
    // Signs alone (Google's `--` for no value) are no formula Excel could store: a paste keeps them as text.
    ['--', '--'],
    ['+-', '+-'],
    ['- -', '- -'],
    ['=', '='],
    ['24/11/2026', '24/11/2026'],
    ['2026-02-30', '2026-02-30'],
    ['19-8-2025', '19-8-2025'],
    ['12.5.3', '12.5.3'],
    ['@name', '@name'],
  ])('%j stays text', (input, value) => {
    expect(coerceInput(input, 'General')).toEqual({ value, quotePrefix: false });
  });

  test.each(["'00123", "'=1+1", "'TRUE", "'2026-11-24"])(
    '%j: the apostrophe keeps the rest as text',
    (input) => {
      expect(coerceInput(input, 'General')).toEqual({ value: input.slice(1), quotePrefix: true });
    },
  );

  test.each(['00123', '=1+1', 'TRUE', '12%', '2026-11-24', '+abc'])(
    '%j in a text-formatted (@) cell stays as typed',
    (input) => {
      expect(coerceInput(input, '@')).toEqual({ value: input, quotePrefix: false });
    },
  );

  test('a cell that already has a number format keeps it', () => {
    expect(coerceInput('12%', '0.0')).toEqual({ value: 0.12, quotePrefix: false });
  });

  test('empty text clears the cell; null leaves it unchanged', () => {
    expect(coerceInput('', 'General')).toEqual({ value: null, quotePrefix: false });
    expect(coerceInput(null, 'General')).toBe('unchanged');
    expect(coerceInput(undefined, 'General')).toBe('unchanged');
  });

  test('numbers and booleans are stored as given; NaN is dropped as JSON drops it', () => {
    expect(coerceInput(0.1, '@')).toEqual({ value: 0.1, quotePrefix: false });
    expect(coerceInput(false, 'General')).toEqual({ value: false, quotePrefix: false });
    expect(coerceInput(Number.NaN, 'General')).toBe('unchanged');
  });

  test('a Date is sent as its JSON text, which an en-US Excel does not read as a date', () => {
    expect(coerceInput(new Date(Date.UTC(2026, 10, 24)), 'General')).toEqual({
      value: '2026-11-24T00:00:00.000Z',
      quotePrefix: false,
    });
  });

  test('objects are not cell values', () => {
    expect(coerceInput({ a: 1 }, 'General')).toBe('invalid');
  });
});

describe('fifteenDigits', () => {
  test.each([
    ['1234567890123456', 1_234_567_890_123_450],
    ['0.12345678901234567', 0.123456789012345],
    ['000123', 123],
    ['1.5e3', 1500],
  ])('%s keeps 15 significant digits: %d', (text, value) => {
    expect(fifteenDigits(text)).toBe(value);
  });
});
