import { addDays } from '../src/engine/time/zoned';
import { MONTHS } from '../test/support/fake-excel/core/date-format';

/** A cell of the paste (the values a person's paste leaves in the cells, before Excel converts them). */
export type PastedCell = string | number;

/** `2026-11-24` as Google Ads titles its date range: `November 24, 2026`. */
function longDate(date: string): string {
  const [year = '', month = '', day = ''] = date.split('-');
  return `${MONTHS[Number(month) - 1] ?? ''} ${Number(day)}, ${year}`;
}

/**
 * A small Google Ads export as a marketer pastes it into a sheet (A1:J7): a title row, a date-range
 * row, the header, three rows of two Search campaigns — two yesterday, one today — and the
 * account's total row (never imported). Against the sample campaign (built around `today`), the
 * import puts yesterday's Brand in place of yesterday's Google Search row (it has no Ad Campaign)
 * and adds yesterday's Generic and today's Brand.
 *
 * @example googleAdsPaste('2026-11-24')[3] // ['2026-11-23', 'Brand', 'Search', 'USD', '1,000', …]
 */
export function googleAdsPaste(today: string): PastedCell[][] {
  const yesterday = addDays(today, -1);
  return [
    ['Campaign report', '', '', '', '', '', '', '', '', ''],
    [`${longDate(yesterday)} - ${longDate(today)}`, '', '', '', '', '', '', '', '', ''],
    [
      'Day',
      'Campaign',
      'Campaign type',
      'Currency code',
      'Impr.',
      'Interactions',
      'Clicks',
      'Cost',
      'Conversions',
      'Conv. value',
    ],
    [yesterday, 'Brand', 'Search', 'USD', '1,000', '50', '50', '100.50', '2.00', '300.00'],
    [yesterday, 'Generic', 'Search', 'USD', '2,000', '80', '80', '150.25', '3.50', '420.00'],
    [today, 'Brand', 'Search', 'USD', '1,100', '55', '55', '110.00', '2.50', '310.00'],
    ['Total: Account', '--', '--', 'USD', '4,100', '185', '185', '360.75', '8.00', '1,030.00'],
  ];
}

/** Where the playground pastes the export (the range is selected after the paste). */
export const PASTE_TARGET = { sheet: 'Export', range: 'A1:J7' } as const;
