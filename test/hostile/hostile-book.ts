import { columnLetters, columnNumber } from '../../src/workbook/address/a1';
import type { RawCell } from '../../src/workbook/host';
import type { MemorySheet, MemoryTable } from '../workbook/memory-host';

/** A workbook as sheets whose first row is the header: what each hostile case starts from and bends. */
export interface Sheet {
  readonly header: readonly RawCell[];
  readonly rows: ReadonlyArray<readonly RawCell[]>;
  /** The sheet's cells (header and rows) are an Excel table of this name. */
  readonly table?: string;
  /** Merged areas (`A3:A4`). */
  readonly merges?: readonly string[];
  /** Number formats by cell (`E2` → `"€"#,##0`). */
  readonly formats?: Readonly<Record<string, string>>;
}
export type Book = Readonly<Record<string, Sheet>>;

/** The report time of the baseline: after the campaign's midpoint. */
export const BASE_AS_OF = Date.UTC(2026, 10, 20, 12);

/**
 * A valid workbook using every column of every input table, in FIELD_LABELS order, so each column's
 * letter is known: one active campaign (1–30 Nov 2026, $10,000), four tasks (completed, in
 * progress, pending, blocked), two KPIs, two channels, two TaskUpdates that apply, Settings in UTC.
 */
export function baseBook(): Book {
  return {
    // A Campaign ID, B Mission ID, C Name, D Status, E Budget Allocated, F Budget Spent,
    // G Start Date, H End Date, I Currency
    Campaigns: {
      header: [
        'Campaign ID',
        'Mission ID',
        'Name',
        'Status',
        'Budget Allocated',
        'Budget Spent',
        'Start Date',
        'End Date',
        'Currency',
      ],
      rows: [['C-1', 'M-1', 'Spring launch', 'active', 10000, null, '2026-11-01', '2026-11-30', 'USD']],
    },
    // A Task ID, B Campaign ID, C Title, D Status, E Critical, F Depends On, G Expected Result,
    // H Actual Result, I Estimated Hours, J Actual Hours, K Due Date, L Started At, M Completed At,
    // N Blocked Since, O Blocker, P Attempts
    Tasks: {
      header: [
        'Task ID',
        'Campaign ID',
        'Title',
        'Status',
        'Critical',
        'Depends On',
        'Expected Result',
        'Actual Result',
        'Estimated Hours',
        'Actual Hours',
        'Due Date',
        'Started At',
        'Completed At',
        'Blocked Since',
        'Blocker',
        'Attempts',
      ],
      rows: [
        [
          'T-1',
          'C-1',
          'Brief the agency',
          'completed',
          true,
          null,
          'Signed brief',
          'Signed brief',
          4,
          5,
          '2026-11-05',
          '2026-11-02 09:00',
          '2026-11-04 17:00',
          null,
          null,
          0,
        ],
        [
          'T-2',
          'C-1',
          'Build the landing page',
          'in_progress',
          true,
          'T-1',
          'Live page',
          null,
          10,
          6,
          '2026-11-18',
          '2026-11-05 09:00',
          null,
          null,
          null,
          0,
        ],
        [
          'T-3',
          'C-1',
          'Launch LinkedIn ads',
          'pending',
          false,
          'T-2',
          500,
          null,
          3,
          null,
          '2026-11-22',
          null,
          null,
          null,
          null,
          0,
        ],
        [
          'T-4',
          'C-1',
          'Write the nurture emails',
          'blocked',
          false,
          null,
          null,
          null,
          6,
          2,
          '2026-11-25',
          '2026-11-10 09:00',
          null,
          '2026-11-18 09:00',
          'Waiting for legal',
          0,
        ],
      ],
    },
    // A Campaign ID, B Metric, C Target, D Type, E Actual, F Actual Source, G Data ETA
    KPIs: {
      header: ['Campaign ID', 'Metric', 'Target', 'Type', 'Actual', 'Actual Source', 'Data ETA'],
      rows: [
        ['C-1', 'conversions', 200, 'primary', null, null, null],
        ['C-1', 'ctr', '2%', 'secondary', null, null, '2026-11-25'],
      ],
    },
    // A Campaign ID, B Channel, C Date, D Impressions, E Clicks, F Conversions, G Cost, H Revenue,
    // I Engagements, J Source
    ChannelMetrics: {
      header: [
        'Campaign ID',
        'Channel',
        'Date',
        'Impressions',
        'Clicks',
        'Conversions',
        'Cost',
        'Revenue',
        'Engagements',
        'Source',
      ],
      rows: [
        ['C-1', 'LinkedIn', '2026-11-10', 10000, 150, 12, 1500, 3000, 400, 'measured'],
        ['C-1', 'Google Ads – Search', '2026-11-11', 20000, 300, 30, 1200, null, null, 'estimated'],
      ],
    },
    // A Task ID, B New Status, C Result, D Blockers, E Hours, F Updated At, G Applied At, H Outcome
    TaskUpdates: {
      header: ['Task ID', 'New Status', 'Result', 'Blockers', 'Hours', 'Updated At', 'Applied At', 'Outcome'],
      rows: [
        ['T-2', 'completed', 'Page is live', null, 2, '2026-11-19 09:00', null, null],
        ['T-3', 'in_progress', null, null, null, '2026-11-19 10:00', null, null],
      ],
    },
    Settings: {
      header: ['Key', 'Value'],
      rows: [
        ['Time Zone', 'UTC'],
        ['As Of', '2026-11-20 12:00'],
      ],
    },
  };
}

function columnOf(sheet: Sheet, label: string): number {
  const index = sheet.header.indexOf(label);
  if (index < 0) throw new Error(`no column ${label}`);
  return index;
}

function sheetOf(book: Book, name: string): Sheet {
  const sheet = book[name];
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The book with one data cell changed (`row` counts data rows from 1). */
export function withCell(book: Book, name: string, row: number, label: string, value: RawCell): Book {
  const sheet = sheetOf(book, name);
  const column = columnOf(sheet, label);
  const rows = sheet.rows.map((r, i) => (i === row - 1 ? r.map((c, j) => (j === column ? value : c)) : r));
  return { ...book, [name]: { ...sheet, rows } };
}

/** The book without one column. */
export function withoutColumn(book: Book, name: string, label: string): Book {
  const sheet = sheetOf(book, name);
  const column = columnOf(sheet, label);
  const drop = (r: readonly RawCell[]) => r.filter((_, j) => j !== column);
  return { ...book, [name]: { header: drop(sheet.header), rows: sheet.rows.map(drop) } };
}

/** The book with one more column (header and one value for every row). */
export function withColumn(book: Book, name: string, header: RawCell, value: RawCell): Book {
  const sheet = sheetOf(book, name);
  return {
    ...book,
    [name]: { header: [...sheet.header, header], rows: sheet.rows.map((r) => [...r, value]) },
  };
}

/** The book with one more data row, given by column label (missing labels are blank). */
export function withRow(book: Book, name: string, cells: Readonly<Record<string, RawCell>>): Book {
  const sheet = sheetOf(book, name);
  const row = sheet.header.map((h) =>
    typeof h === 'string' && Object.hasOwn(cells, h) ? (cells[h] ?? null) : null,
  );
  return { ...book, [name]: { ...sheet, rows: [...sheet.rows, row] } };
}

/** The book with a sheet's data rows replaced (`[]`: the header alone). */
export function withRows(book: Book, name: string, rows: ReadonlyArray<readonly RawCell[]>): Book {
  return { ...book, [name]: { ...sheetOf(book, name), rows } };
}

/** The book without a sheet. */
export function withoutSheet(book: Book, name: string): Book {
  return Object.fromEntries(Object.entries(book).filter(([n]) => n !== name));
}

/** The book with a sheet replaced by one holding exactly these rows (header included, or none). */
export function withRawSheet(book: Book, name: string, cells: ReadonlyArray<readonly RawCell[]>): Book {
  const [header = [], ...rows] = cells;
  return { ...book, [name]: { header, rows } };
}

/** The book with a sheet's data cells in an Excel table of that name. */
export function withTable(book: Book, sheetName: string, table: string): Book {
  return { ...book, [sheetName]: { ...sheetOf(book, sheetName), table } };
}

/** The book with one more merged area on a sheet (`A2:A3`). */
export function withMerge(book: Book, name: string, range: string): Book {
  const sheet = sheetOf(book, name);
  return { ...book, [name]: { ...sheet, merges: [...(sheet.merges ?? []), range] } };
}

/** The book with a number format on one data cell (`row` counts data rows from 1). */
export function withFormat(book: Book, name: string, row: number, label: string, format: string): Book {
  const sheet = sheetOf(book, name);
  const address = `${columnLetters(columnOf(sheet, label) + 1)}${row + 1}`;
  return { ...book, [name]: { ...sheet, formats: { ...sheet.formats, [address]: format } } };
}

/** Row and column (1-based) of a cell address such as `E2`. */
export function cellOf(address: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (m === null || m[1] === undefined || m[2] === undefined) throw new Error(`bad address ${address}`);
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** The range a sheet's table covers: its header and rows. */
export function tableRange(sheet: Sheet): string {
  const width = Math.max(sheet.header.length, ...sheet.rows.map((r) => r.length), 1);
  return `A1:${columnLetters(width)}${sheet.rows.length + 1}`;
}

function formatGrid(sheet: Sheet): Array<Array<string | null>> {
  const grid: Array<Array<string | null>> = [];
  for (const [address, format] of Object.entries(sheet.formats ?? {})) {
    const { row, column } = cellOf(address);
    const line = (grid[row - 1] ??= []);
    line[column - 1] = format;
  }
  return Array.from(grid, (line) => Array.from(line ?? [], (f) => f ?? null));
}

/** The book's sheets as the memory host takes them. */
export function memorySheets(book: Book): MemorySheet[] {
  return Object.entries(book).map(([name, sheet]) => ({
    name,
    cells: sheet.header.length === 0 && sheet.rows.length === 0 ? [] : [sheet.header, ...sheet.rows],
    ...(sheet.formats === undefined ? {} : { formats: formatGrid(sheet) }),
    ...(sheet.merges === undefined ? {} : { merges: sheet.merges }),
  }));
}

/** The book's tables as the memory host takes them. */
export function memoryTables(book: Book): MemoryTable[] {
  return Object.entries(book).flatMap(([name, sheet]) =>
    sheet.table === undefined
      ? []
      : [
          {
            name: sheet.table,
            sheet: name,
            top: 1,
            left: 1,
            rows: sheet.rows.length + 1,
            columns: Math.max(sheet.header.length, ...sheet.rows.map((r) => r.length), 1),
          },
        ],
  );
}
