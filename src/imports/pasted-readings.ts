import type { ImportCellRef, ImportIssue, ImportIssueCode } from '../engine/issues/import-issue';
import { IMPORT_METRICS } from '../engine/issues/import-summary';
import type { RawCell } from '../workbook/host';
import type { RangeLayout } from './import-range';
import type { ExportField } from './recognise/fields';
import { cellText } from './values/cell-text';
import { readDate } from './values/date-reading';
import { readNumber } from './values/number-reading';

const DATE_FIELDS: readonly ExportField[] = ['date', 'dateStart', 'dateEnd'];

/** Problems that follow from Excel misreading the paste: left out when the misreading is reported. */
const CONSEQUENCES: Readonly<
  Record<'pasted_number_format' | 'pasted_date_order', ReadonlySet<ImportIssueCode>>
> = {
  pasted_number_format: new Set(['invalid_number', 'negative_number', 'mixed_number_formats']),
  pasted_date_order: new Set([
    'invalid_date',
    'ambiguous_dates',
    'inconsistent_dates',
    'date_format_contradicted',
  ]),
};

interface Seen {
  read: ImportCellRef | null;
  unread: ImportCellRef | null;
}

/**
 * What Excel did to a pasted export, seen in its cells: Excel turns the text it can read into
 * numbers and dates by its own regional settings and leaves the rest as text. When a range holds
 * both — figures it turned into numbers and figures it left (`1.300,50` in an English Excel), or
 * dates it read and slash dates it could not (`25/05/2025` in a month-first Excel) — Excel reads
 * them another way than the export writes them, so the ones it read may be wrong (`15.000` became
 * 15). Those cannot be told apart any more, so the import is refused; a range Excel read whole,
 * or left whole as text (cells formatted as Text), passes.
 *
 * @example pastedReadingIssues([['Tag', 'Impressionen', 'Betrag (EUR)'], ['2025-05-01', 15, '1.300,50']], layout)
 * // [{ code: 'pasted_number_format', read: { line: 2, column: 'Impressionen', value: '15', … }, unread: { … '1.300,50' } }]
 */
export function pastedReadingIssues(
  cells: ReadonlyArray<readonly RawCell[]>,
  layout: RangeLayout,
): ImportIssue[] {
  const metricColumns = IMPORT_METRICS.flatMap((m) => columnOf(layout, m));
  const dateColumns = DATE_FIELDS.flatMap((f) => columnOf(layout, f));
  const numbers: Seen = { read: null, unread: null };
  const dates: Seen = { read: null, unread: null };
  const ref = (line: number, i: number, value: string): ImportCellRef => ({
    line,
    columnIndex: i,
    column: layout.headers[i] ?? `column ${i + 1}`,
    value,
  });
  for (let r = layout.headerIndex + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    const first = row[0];
    if (typeof first === 'string' && first.trim().startsWith('#') && numbers.read !== null) break;
    for (const i of metricColumns) {
      const cell = row[i];
      if (typeof cell === 'number') numbers.read ??= ref(r + 1, i, cellText(cell));
      else if (typeof cell === 'string' && readNumber(cell).kind === 'number')
        numbers.unread ??= ref(r + 1, i, cellText(cell));
    }
    for (const i of dateColumns) {
      const cell = row[i];
      const d = readDate(cell);
      if (typeof cell === 'number' && d.kind === 'date') dates.read ??= ref(r + 1, i, d.date);
      else if (typeof cell === 'string' && d.kind === 'pair') dates.unread ??= ref(r + 1, i, cellText(cell));
    }
  }
  const issues: ImportIssue[] = [];
  if (numbers.read !== null && numbers.unread !== null)
    issues.push({ code: 'pasted_number_format', read: numbers.read, unread: numbers.unread });
  if (dates.read !== null && dates.unread !== null)
    issues.push({ code: 'pasted_date_order', read: dates.read, unread: dates.unread });
  return issues;
}

function columnOf(layout: RangeLayout, field: ExportField): number[] {
  const i = layout.columns[field];
  return i === undefined ? [] : [i];
}

/**
 * The problems of a pasted export, with Excel's misreadings first and the problems that follow
 * from them (the `1.204` impressions Excel made of `1.204`) left out.
 *
 * @example withPastedReadings([{ code: 'invalid_number', … }], [{ code: 'pasted_number_format', … }]) // [{ code: 'pasted_number_format', … }]
 */
export function withPastedReadings(
  issues: readonly ImportIssue[],
  misread: readonly ImportIssue[],
): ImportIssue[] {
  const hidden = new Set<ImportIssueCode>();
  for (const m of misread) {
    if (m.code === 'pasted_number_format' || m.code === 'pasted_date_order')
      for (const c of CONSEQUENCES[m.code]) hidden.add(c);
  }
  return [...misread, ...issues.filter((i) => !hidden.has(i.code))];
}
