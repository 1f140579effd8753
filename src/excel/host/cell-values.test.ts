import fc from 'fast-check';
import { coerceInput } from '../../../test/support/fake-excel';
import { excelInput, formatOf, needsQuotePrefix, rawCellOf } from './cell-values';

/** What Excel (the fake, en-US) stores for a value written into a General cell. */
const stored = (input: unknown) => coerceInput(input, 'General');

describe('excelInput: text is stored as the same text, never a formula', () => {
  it.each([
    '=HYPERLINK("http://x","y")',
    '+1',
    '-2',
    '- item',
    '@SUM(A1)',
    '00123',
    '1e5',
    ' 42 ',
    'TRUE',
    'false',
    '2026-11-24',
    '11/24/2026',
    '14:30',
    '12%',
    '$1,234.50',
    '1/2',
    '#N/A',
    "'quoted",
    '\tTab',
    'Nov 24',
    '＝1+1',
  ])('%j needs the quote prefix and keeps its characters', (text) => {
    expect(needsQuotePrefix(text)).toBe(true);
    expect(stored(excelInput(text))).toMatchObject({ value: text, quotePrefix: true });
    expect(stored(excelInput(text))).not.toHaveProperty('formula');
  });

  it.each([
    'completed',
    'in_progress',
    'Brief the agency',
    'T-1',
    'CMP-2026-Q1',
    'May launch',
    'Waiting on legal',
  ])('%j is written as it is (no prefix a Text-formatted cell might keep)', (text) => {
    expect(needsQuotePrefix(text)).toBe(false);
    expect(excelInput(text)).toBe(text);
    expect(stored(text)).toEqual({ value: text, quotePrefix: false });
  });

  it('property: whatever the text, Excel stores exactly it, as text, without a formula', () => {
    const texts = fc.oneof(
      fc.string({ minLength: 1 }),
      fc.double({ noNaN: true }).map(String),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.constantFrom('=', '+', '-', '@', '#', "'", ' ').chain((c) => fc.string().map((s) => c + s)),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const result = stored(excelInput(text));
        expect(result).toMatchObject({ value: text });
        expect(result).not.toHaveProperty('formula');
      }),
      { numRuns: 2000 },
    );
  });

  it('numbers and booleans are written as such; null and empty text clear the cell', () => {
    expect(excelInput(42)).toBe(42);
    expect(excelInput(true)).toBe(true);
    expect(excelInput(null)).toBe('');
    expect(excelInput('')).toBe('');
    expect(excelInput(Number.NaN)).toBe('');
  });
});

describe('reading', () => {
  it('knows empty cells, errors and General', () => {
    expect(rawCellOf('')).toBeNull();
    expect(rawCellOf('#DIV/0!')).toEqual({ error: '#DIV/0!' });
    expect(rawCellOf(46350)).toBe(46350);
    expect(formatOf('General')).toBeNull();
    expect(formatOf('0.0%')).toBe('0.0%');
  });
});
