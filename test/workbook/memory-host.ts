import { columnNumber } from '../../src/workbook/address/a1';
import type {
  Inventory,
  MergedArea,
  RawCell,
  RawTable,
  ReadRequest,
  WorkbookHost,
} from '../../src/workbook/host';

/** A worksheet as rows of cells from A1 (`null` is an empty cell), with optional number formats. */
export interface MemorySheet {
  readonly name: string;
  readonly cells: ReadonlyArray<readonly RawCell[]>;
  readonly formats?: ReadonlyArray<ReadonlyArray<string | null>>;
  /** Merged areas (`A3:A4`). */
  readonly merges?: readonly string[];
}

/** An Excel table: its header's top-left cell and its size (header row included). */
export interface MemoryTable {
  readonly name: string;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** A merged area written `A3:B4`. */
function areaOf(range: string): MergedArea {
  const [from = '', to = from] = range.split(':');
  const cell = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (m === null || m[1] === undefined || m[2] === undefined) throw new Error(`bad range ${range}`);
    return { row: Number(m[2]), column: columnNumber(m[1]) };
  };
  const a = cell(from);
  const b = cell(to);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

/** Places `rows` on a sheet with its first cell at (`top`, `left`). */
export function placed(rows: ReadonlyArray<readonly RawCell[]>, top = 1, left = 1): RawCell[][] {
  return [
    ...Array.from({ length: top - 1 }, () => []),
    ...rows.map((r) => [...Array<RawCell>(left - 1).fill(null), ...r]),
  ];
}

/** A workbook in memory, read the way the real hosts read one (no apply). */
export class MemoryHost implements WorkbookHost {
  readonly calls: string[] = [];

  constructor(
    private readonly sheets: readonly MemorySheet[],
    private readonly tables: readonly MemoryTable[] = [],
  ) {}

  inventory(): Promise<Inventory> {
    this.calls.push('inventory');
    return Promise.resolve({
      sheets: this.sheets.map((s) => s.name),
      tables: this.tables.map((t) => ({ name: t.name, sheet: t.sheet })),
    });
  }

  read(requests: readonly ReadRequest[]): Promise<RawTable[]> {
    this.calls.push('read');
    return Promise.resolve(requests.map((r) => this.readOne(r)));
  }

  apply(): Promise<void> {
    return Promise.reject(new Error('MemoryHost does not write'));
  }

  private readOne(request: ReadRequest): RawTable {
    const { source } = request;
    const table = source.kind === 'table' ? this.tables.find((t) => t.name === source.name) : undefined;
    const sheet = this.sheets.find((s) => s.name === (table?.sheet ?? source.name));
    if (sheet === undefined) throw new Error(`no such source: ${source.name}`);
    const range = table ?? usedRange(sheet);
    const cellAt = (row: number, column: number): RawCell => sheet.cells[row - 1]?.[column - 1] ?? null;
    const line = <T>(row: number, get: (row: number, column: number) => T): T[] =>
      Array.from({ length: range.columns }, (_, c) => get(row, range.left + c));
    const dataRows = Array.from({ length: Math.max(range.rows - 1, 0) }, (_, r) => range.top + 1 + r);
    return {
      source,
      sheet: sheet.name,
      headerRow: range.top,
      firstColumn: range.left,
      header: range.rows === 0 ? [] : line(range.top, cellAt),
      rows: dataRows.map((row) => line(row, cellAt)),
      ...(sheet.merges === undefined ? {} : { merges: sheet.merges.map(areaOf) }),
      ...(request.withNumberFormats === true
        ? {
            numberFormats: dataRows.map((row) =>
              line(row, (r, c) => sheet.formats?.[r - 1]?.[c - 1] ?? null),
            ),
          }
        : {}),
    };
  }
}

function usedRange(sheet: MemorySheet): { top: number; left: number; rows: number; columns: number } {
  let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
  sheet.cells.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell === null) return;
      [top, left, bottom, right] = [
        Math.min(top, r + 1),
        Math.min(left, c + 1),
        Math.max(bottom, r + 1),
        Math.max(right, c + 1),
      ];
    }),
  );
  return bottom === 0
    ? { top: 1, left: 1, rows: 0, columns: 0 }
    : { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}
