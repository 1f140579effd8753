import type { RawCell } from '../workbook/host';
import type { ImportOptions, ParsedExport } from './import-types';
import type { ExportField } from './recognise/fields';
import { findHeader, HEADER_SEARCH_ROWS } from './recognise/find-header';
import { finishRows } from './rows/finish-rows';
import { startRows } from './start-rows';
import { cellText } from './values/cell-text';

/** Where a range's header is (0-based row) and which column holds each field it recognised. */
export interface RangeLayout {
  readonly headerIndex: number;
  readonly headers: readonly string[];
  readonly columns: Partial<Readonly<Record<ExportField, number>>>;
}

/**
 * `importRange`, with the layout it found (`null` when no header was recognised), for checks that
 * look at the cells again (`pastedReadingIssues`).
 *
 * @example readRange(cells, options).layout // { headerIndex: 2, headers: ['Day', …], columns: { date: 0, … } }
 */
export function readRange(
  cells: ReadonlyArray<readonly RawCell[]>,
  options: ImportOptions,
): { readonly parsed: ParsedExport; readonly layout: RangeLayout | null } {
  const head = cells.slice(0, HEADER_SEARCH_ROWS).map((row) => row.map((c) => cellText(c)));
  const found = findHeader(head);
  if (found === null) {
    const firstRow = head.find((r) => r.some((c) => c !== '')) ?? [];
    return {
      parsed: { ok: false, issues: [{ code: 'no_header', firstRow }], moreIssues: 0, reading: null },
      layout: null,
    };
  }
  const headers = head[found.index] ?? [];
  const start = startRows(headers, found.index + 1, options);
  if ('issue' in start) {
    return { parsed: { ok: false, issues: [start.issue], moreIssues: 0, reading: null }, layout: null };
  }
  for (let i = found.index + 1; i < cells.length; i++) start.rows.row(cells[i] ?? [], i + 1);
  const parsed = finishRows(start.rows, {
    encoding: null,
    delimiter: null,
    headerLine: found.index + 1,
    preambleLines: found.index,
    unclosedQuoteLine: null,
  });
  return { parsed, layout: { headerIndex: found.index, headers, columns: start.rows.recognition.columns } };
}

/**
 * Reads an export pasted into a sheet (the cells of a selection, as the host read them) the same
 * way as a file: header found by content, platform recognised, totals and empty rows dropped.
 * Numbers and dates the sheet already parsed are taken as they are. Line numbers in issues are
 * 1-based rows of the range.
 *
 * @example
 * importRange([['Campaign name', 'Impressions', 'Link clicks', 'Amount spent (USD)'], ['Spring', 1000, 40, 25.5]],
 *   { campaignId: 'C1', campaignCurrency: 'USD' })
 * // { ok: true, rows: [{ channel: 'Meta Ads', impressions: 1000, clicks: 40, cost: 25.5, … }], … }
 */
export function importRange(cells: ReadonlyArray<readonly RawCell[]>, options: ImportOptions): ParsedExport {
  return readRange(cells, options).parsed;
}
