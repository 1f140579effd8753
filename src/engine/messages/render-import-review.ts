import type { ImportReview, ReviewFigure, ReviewRow, ReviewValue } from '../issues/import-summary';
import { formatMoney } from '../money/currency';
import { Dec } from '../money/decimal';
import { formatCount } from './format-figure';
import { plural } from './plural';
import { list } from './quote';
import { shortText } from './short-text';

/** Columns of money among a review row's values. */
const MONEY_COLUMNS = new Set(['Cost', 'Revenue']);
/** How a blank (not reported) figure is shown. */
export const BLANK_FIGURE = 'blank';

const FIGURE_NAMES = {
  cost: 'spend',
  impressions: 'impressions',
  clicks: 'clicks',
  conversions: 'conversions',
};

/**
 * A review row's value for people: money in the currency, counts grouped, text as written, blanks
 * as `blank` (not reported, never 0).
 *
 * @example reviewValue(1204, 'Impressions', 'USD') // '1,204'
 * @example reviewValue(212.4, 'Cost', 'USD') // '$212.40'
 */
export function reviewValue(value: ReviewValue, column: string, currency: string): string {
  if (value === null) return BLANK_FIGURE;
  if (typeof value === 'string') return shortText(value);
  return MONEY_COLUMNS.has(column) ? formatMoney(new Dec(value), currency) : formatCount(new Dec(value));
}

/**
 * A review total for people: money in the currency, counts grouped, `not reported` when no row has it.
 *
 * @example reviewTotal(review, 'cost', 'USD') // '$1,400.70'
 */
export function reviewTotal(r: ImportReview, figure: ReviewFigure, currency: string): string {
  const v = r.totals[figure];
  if (v === null) return 'not reported';
  return figure === 'cost' ? formatMoney(new Dec(v), currency) : formatCount(new Dec(v));
}

/** What writing a review row does, for people: `add`, `replace row 14`, `skip`. */
export function reviewAction(row: ReviewRow): string {
  return row.action === 'replace' ? `replace row ${row.sheetRow ?? '?'}` : row.action;
}

/**
 * The review of an import, one line per fact, for the command line (the task pane shows the same
 * data its own way): rows, channels, ad campaigns and dates; totals with their blanks; the first rows
 * as they will be written.
 *
 * @example renderImportReview(review, 'USD')[0] // 'Review: 6 rows, 2 channels, 3 ad campaigns, 2025-05-18 to 2025-05-19'
 */
export function renderImportReview(r: ImportReview, currency: string): string[] {
  const dates =
    r.dates === null
      ? 'no dates'
      : r.dates.first === r.dates.last
        ? r.dates.first
        : `${r.dates.first} to ${r.dates.last}`;
  const undated =
    r.dates !== null && r.undatedRows > 0 ? ` (${plural(r.undatedRows, 'row')} without a date)` : '';
  const totals = (['cost', 'impressions', 'clicks', 'conversions'] as const).map(
    (f) => `${FIGURE_NAMES[f]} ${reviewTotal(r, f, currency)}`,
  );
  const blanks = (['cost', 'impressions', 'clicks', 'conversions'] as const)
    .filter((f) => r.blankRows[f] > 0 && r.totals[f] !== null)
    .map((f) => `${FIGURE_NAMES[f]} blank in ${plural(r.blankRows[f], 'row')}`);
  const lines = [
    `Review: ${plural(r.rows, 'row')}, ${plural(r.channels, 'channel')}, ${plural(r.adCampaigns, 'ad campaign')}, ${dates}${undated}`,
    `Totals: ${totals.join(' · ')}${blanks.length > 0 ? ` (${list(blanks)}: not reported, not zero)` : ''}`,
  ];
  if (r.firstRows.length > 0) {
    const which =
      r.firstRows.length === r.rows
        ? 'Rows'
        : `First ${r.firstRows.length} of ${formatCount(new Dec(r.rows))} rows`;
    lines.push(`${which} as they will be written (${r.columns.join(' | ')}):`);
    for (const row of r.firstRows) {
      const values = row.values.map((v, i) => reviewValue(v, r.columns[i] ?? '', currency));
      lines.push(`  ${reviewAction(row)}: ${values.join(' | ')}`);
    }
  }
  return lines;
}
