import { issue, type Issue, type Severity } from '../../engine/issues/issue';
import { isBlankCell, type CellContext } from '../cells/cell-read';
import type { CurrencyMark } from '../cells/currency-mark';
import type { RawTable } from '../host';
import type { TableLocation } from '../source-map';
import type { FieldSpec, TableContract } from './field-spec';
import { readHeader } from './header';
import { mergedCells } from './merged-areas';
import { tableLocation } from './table-location';

export interface TableSpec<Row> {
  /** Model key of the table, first in issue paths (`tasks`). */
  readonly key: string;
  /** The table's name in messages (`Tasks`). */
  readonly label: string;
  readonly labels: Readonly<Record<keyof Row & string, string>>;
  readonly fields: TableContract<Row>;
}

/** A cell that names a currency (`€25000`, a `"£"#,##0` format): for the check against its campaign's. */
export interface MarkedCell {
  /** Model row index. */
  readonly index: number;
  readonly field: string;
  /** The cell as written (a number as its digits). */
  readonly value: string;
  readonly mark: CurrencyMark;
}

export interface TableRead<Row> {
  /** One per non-blank row, in sheet order; only meaningful where `issues` has no error. */
  readonly rows: Row[];
  readonly location: TableLocation;
  readonly issues: Issue[];
  /** Cells read with a currency of their own, in row order. */
  readonly marked: MarkedCell[];
}

interface Column {
  readonly field: string;
  readonly spec: FieldSpec<unknown>;
  readonly index: number | undefined;
  readonly context: CellContext;
}

/**
 * Reads the rows of one table through its contract, collecting every issue (each with its model
 * path) instead of stopping at the first. Fully blank rows are skipped but keep their sheet rows.
 * Merged cells over the columns it reads are `merged_cells` (the cells they cover are not also blank).
 * An `optional` table with nothing at all in it (no header, no rows) reads as no rows, without issue.
 * Linear in the number of cells.
 *
 * @example readTable(raw, TASKS, { timeZone: 'UTC', severity: 'error' }).rows[0].status // 'pending'
 */
export function readTable<Row>(
  raw: RawTable,
  spec: TableSpec<Row>,
  options: {
    readonly timeZone: string;
    readonly severity: Severity;
    readonly optional?: boolean;
    readonly numberStyle?: CellContext['numberStyle'];
  },
): TableRead<Row> {
  const specs = spec.fields as Readonly<Record<string, FieldSpec<unknown>>>;
  const fields = Object.keys(specs) as Array<keyof Row & string>;
  const header = readHeader(raw.header, {
    key: spec.key,
    label: spec.label,
    labels: spec.labels,
    required: fields.filter((f) => specs[f]?.required === true || specs[f]?.columnRequired === true),
    severity: options.severity,
  });
  const columns: Column[] = fields.map((field) => ({
    field,
    spec: specs[field] as FieldSpec<unknown>,
    index: header.columns.get(field),
    context: {
      column: spec.labels[field],
      timeZone: options.timeZone,
      numberFormat: null,
      numberStyle: options.numberStyle ?? null,
    },
  }));
  // An optional table left completely empty is simply a table with no rows.
  const blank =
    header.empty && options.optional === true && raw.rows.every((cells) => cells.every(isBlankCell));
  const modelRows: Array<number | undefined> = [];
  let count = 0;
  for (const cells of raw.rows) modelRows.push(cells.every(isBlankCell) ? undefined : count++);
  const merges = mergedCells(
    raw,
    { ...spec, severity: options.severity },
    header.columns,
    (r) => modelRows[r],
  );
  const issues: Issue[] = blank ? [] : [...header.issues, ...merges.issues];
  const rows: Row[] = [];
  const marked: MarkedCell[] = [];
  const sheetRows: number[] = [];
  // Without a merge no cell is covered: no key to build per cell (100,000 rows × every column).
  const anyCovered = merges.covered.size > 0;
  raw.rows.forEach((cells, r) => {
    if (modelRows[r] === undefined) return;
    const i = rows.length;
    const row: Record<string, unknown> = {};
    for (const { field, spec: f, index, context } of columns) {
      row[field] = f.required ? null : Array.isArray(f.blank) ? [...(f.blank as unknown[])] : f.blank;
      // Under a merge the cell reads as blank; the merge itself is the issue.
      if (index === undefined || (anyCovered && merges.covered.has(`${r}:${index}`))) continue;
      const format = raw.numberFormats?.[r]?.[index] ?? null;
      const cell = cells[index] ?? null;
      const read = f.read(cell, format === null ? context : { ...context, numberFormat: format });
      if (read.ok && read.currency !== undefined)
        marked.push({ index: i, field, value: String(cell).trim(), mark: read.currency });
      if (!read.ok) issues.push(issue(options.severity, [spec.key, i, field], read.detail));
      else if (read.value !== null) row[field] = read.value;
      else if (f.required)
        issues.push(
          issue(options.severity, [spec.key, i, field], { code: 'required_value', column: context.column }),
        );
    }
    rows.push(row as Row);
    sheetRows.push(raw.headerRow + 1 + r);
  });
  return { rows, location: tableLocation(raw, header.columns, sheetRows), issues, marked };
}
