import type { ImportIssue } from '../issues/import-issue';
import { PANE_IMPORT_WORDING } from './import-wording';
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

  it.each<[ImportIssue, string]>([
    [
      { code: 'ambiguous_dates', column: 'Day', examples: ['03/05/2025', '04/05/2025'] },
      'the Day column can be read day-first or month-first ("03/05/2025" and "04/05/2025"); say which by choosing the Date format: DMY (day first) or MDY (month first)',
    ],
    [
      { code: 'unknown_platform', headersSeen: ['Campaign', 'Cost'] },
      'the export was not recognised as Google Ads, Meta, LinkedIn, Microsoft Advertising, TikTok, X or GA4 (its headers are "Campaign", "Cost"); to import it anyway, name its channel in the Channel box',
    ],
    [
      { code: 'channel_required', column: 'Channel' },
      'some rows have no "Channel" and the platform could not be told from the headers; name the channel in the Channel box',
    ],
    [
      { code: 'currency_conflict', declared: 'USD', found: 'EUR' },
      'the Currency box says USD but the export says EUR',
    ],
    [
      { code: 'binary_file', kind: 'xlsx' },
      'the file is an Excel workbook, not a text export; open it in Excel, copy the report into a sheet of this workbook and use Import pasted range, or save it as CSV and import that',
    ],
    [
      {
        code: 'pasted_number_format',
        read: { line: 3, columnIndex: 3, column: 'Impressionen', value: '15' },
        unread: { line: 3, columnIndex: 2, column: 'Betrag', value: '1.300,50' },
      },
      'Excel read some pasted figures as numbers (Export!D5, Impressionen "15") but could not read others (Export!C5, Betrag "1.300,50"): the export writes numbers another way than this Excel does, so the figures Excel read may be wrong (15.000 read as 15, not 15000); import the export file with Import export instead, or format the cells as Text before pasting the export',
    ],
    [
      {
        code: 'pasted_date_order',
        read: { line: 2, columnIndex: 0, column: 'Start Date', value: '2025-03-05' },
        unread: { line: 4, columnIndex: 0, column: 'Start Date', value: '25/05/2025' },
      },
      'Excel read some pasted dates (Export!A4, Start Date "2025-03-05") but could not read others (Export!A6, Start Date "25/05/2025"): the export writes dates in another order than this Excel does, so the dates Excel read may be wrong (03/05/2025 read as 5 March, not 3 May); import the export file with Import export instead, or format the cells as Text before pasting the export',
    ],
  ])('in the task pane: %j', (issue, text) => {
    // A range pasted at A3: its line 1 is sheet row 3.
    const locate = (line: number, column: number | null) =>
      `Export!${String.fromCharCode(65 + (column ?? 0))}${line + 2}`;
    expect(renderImportIssue(issue, locate, PANE_IMPORT_WORDING)).toBe(text);
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
