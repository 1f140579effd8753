import type { ImportIssue } from '../issues/import-issue';
import { renderImportIssue, renderMoreImportIssues } from './render-import-issue';

const cell = { line: 7, columnIndex: 3, column: 'Cost', value: 'abc' };

describe('import issue messages', () => {
  it.each<[ImportIssue, string]>([
    [
      { code: 'binary_file', kind: 'xlsx' },
      'the file is an Excel workbook, not a text export; save it as CSV or import it as a workbook',
    ],
    [
      { code: 'no_header', firstRow: ['hello', 'world'] },
      'no header row was found (a row naming columns such as Impressions, Clicks and Cost); the first row holds "hello", "world"',
    ],
    [
      { code: 'unknown_platform', headersSeen: ['Campaign', 'Cost'] },
      'the export was not recognised as Google Ads, Meta, LinkedIn, Microsoft Advertising, TikTok, X or GA4 (its headers are "Campaign", "Cost"); to import it anyway, name its channel with --channel',
    ],
    [
      { code: 'missing_metrics', platform: 'ga4', headersSeen: ['Date', 'Sessions'] },
      'this Google Analytics 4 export has no impressions, clicks or cost column, so it holds no ad figures to import; its headers are "Date", "Sessions"',
    ],
    [
      { code: 'channel_required', column: 'Channel' },
      'some rows have no "Channel" and the platform could not be told from the headers; name the channel with --channel',
    ],
    [
      { code: 'unterminated_quote', line: 12 },
      'line 12: a quoted value is never closed, so the rest of the file cannot be read',
    ],
    [{ code: 'invalid_number', ...cell }, 'line 7, Cost "abc" is not a number'],
    [
      { code: 'negative_number', ...cell, value: '-5' },
      'line 7, Cost "-5" is negative; imported figures must be 0 or more',
    ],
    [
      { code: 'invalid_date', ...cell, column: 'Day', value: '2025-02-30' },
      'line 7, Day "2025-02-30" is not a date',
    ],
    [
      {
        code: 'mixed_number_formats',
        decimalPoint: { ...cell, value: '1.5' },
        decimalComma: { ...cell, line: 2, value: '1,5' },
      },
      'the export mixes number formats: line 7, Cost "1.5" has a decimal point but line 2, Cost "1,5" has a decimal comma',
    ],
    [
      {
        code: 'inconsistent_dates',
        dayFirst: { ...cell, column: 'Day', value: '25/03/2025' },
        monthFirst: { ...cell, column: 'Day', line: 9, value: '03/25/2025' },
      },
      'the dates are written both ways: line 7, Day "25/03/2025" is day-first but line 9, Day "03/25/2025" is month-first',
    ],
    [
      { code: 'date_format_contradicted', dateFormat: 'MDY', ...cell, column: 'Day', value: '25/03/2025' },
      'line 7, Day "25/03/2025" cannot be read as month/day/year as the date format says',
    ],
    [
      { code: 'currency_conflict', declared: 'USD', found: 'EUR' },
      '--currency says USD but the export says EUR',
    ],
    [
      { code: 'mixed_currencies', first: 'EUR', ...cell, column: 'Currency', value: 'USD' },
      'line 7, Currency "USD" differs from EUR above it; an export must be in one currency',
    ],
    [
      { code: 'unknown_currency', ...cell, column: 'Currency', value: 'Euro' },
      'line 7, Currency "Euro" is not an ISO 4217 currency code',
    ],
  ])('%j', (issue, text) => {
    expect(renderImportIssue(issue)).toBe(text);
  });

  it('cuts long header lists', () => {
    const headersSeen = Array.from({ length: 15 }, (_, i) => `H${i}`);
    expect(renderImportIssue({ code: 'unknown_platform', headersSeen })).toContain('"H11" and 3 more');
  });

  it('counts the problems not listed', () => {
    expect(renderMoreImportIssues(1)).toBe('… and 1 more problem like these');
    expect(renderMoreImportIssues(12)).toBe('… and 12 more problems like these');
  });
});
