/**
 * A1 references: parsing and printing. Rows and columns here are 0-based and inclusive, like
 * `Range.rowIndex` / `Range.columnIndex` in Office.js.
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface ParsedAddress {
  /** The sheet named before `!`, unquoted; absent for a local address. */
  readonly sheet?: string;
  readonly rect: Rect;
}

/** `A` → 0, `Z` → 25, `AA` → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0 → `A`, 26 → `AA`. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Part =
  | { kind: 'cell'; row: number; column: number }
  | { kind: 'column'; column: number }
  | { kind: 'row'; row: number };

function parsePart(text: string): Part | undefined {
  const cell = CELL.exec(text);
  if (cell?.[1] !== undefined && cell[2] !== undefined) {
    return { kind: 'cell', column: columnIndex(cell[1]), row: Number(cell[2]) - 1 };
  }
  const column = COLUMN.exec(text);
  if (column?.[1] !== undefined) return { kind: 'column', column: columnIndex(column[1]) };
  const row = ROW.exec(text);
  if (row?.[1] !== undefined) return { kind: 'row', row: Number(row[1]) - 1 };
  return undefined;
}

function rectOf(a: Part, b: Part): Rect | undefined {
  if (a.kind === 'cell' && b.kind === 'cell') {
    return normalise(a.row, a.column, b.row, b.column);
  }
  if (a.kind === 'column' && b.kind === 'column') return normalise(0, a.column, MAX_ROWS - 1, b.column);
  if (a.kind === 'row' && b.kind === 'row') return normalise(a.row, 0, b.row, MAX_COLUMNS - 1);
  return undefined;
}

function normalise(r1: number, c1: number, r2: number, c2: number): Rect {
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

export function inGrid(rect: Rect): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom < MAX_ROWS && rect.right < MAX_COLUMNS;
}

function splitSheet(text: string): { sheet?: string; local: string } | undefined {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { local: text };
  const rawSheet = text.slice(0, bang);
  const local = text.slice(bang + 1);
  if (rawSheet.startsWith("'")) {
    if (!rawSheet.endsWith("'") || rawSheet.length < 3) return undefined;
    return { sheet: rawSheet.slice(1, -1).replace(/''/g, "'"), local };
  }
  return rawSheet.length === 0 ? undefined : { sheet: rawSheet, local };
}

/**
 * Parses `A1`, `$B$2`, `A1:D7`, `A:C`, `2:5`, `Sheet1!A1`, `'My Sheet'!A1:B2`; undefined if not one.
 *
 * @example parseAddress("'Q1 Plan'!B2:C3") // { sheet: 'Q1 Plan', rect: { top: 1, left: 1, bottom: 2, right: 2 } }
 */
export function parseAddress(text: string): ParsedAddress | undefined {
  const split = splitSheet(text.trim());
  if (split === undefined) return undefined;
  const pieces = split.local.split(':');
  if (pieces.length > 2) return undefined;
  const first = parsePart(pieces[0] ?? '');
  if (first === undefined) return undefined;
  const second = pieces.length === 2 ? parsePart(pieces[1] ?? '') : first;
  if (second === undefined) return undefined;
  if (pieces.length === 1 && first.kind !== 'cell') return undefined;
  const rect = rectOf(first, second);
  if (rect === undefined || !inGrid(rect)) return undefined;
  return split.sheet === undefined ? { rect } : { sheet: split.sheet, rect };
}

/** `B2`, `B2:C3`, `A:C` (whole columns) or `2:5` (whole rows). */
export function localAddress(rect: Rect): string {
  const wholeColumns = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  const wholeRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
  if (wholeColumns && !wholeRows) return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  if (wholeRows) return `${rect.top + 1}:${rect.bottom + 1}`;
  const a = `${columnLetters(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return a;
  return `${a}:${columnLetters(rect.right)}${rect.bottom + 1}`;
}

/** A sheet name as Excel writes it before `!`: quoted when it holds anything but letters, digits, `_` and `.`. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && parseAddress(name) === undefined;
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet1!A1:D7`, the form of `Range.address`. */
export function sheetAddress(sheet: string, rect: Rect): string {
  return `${quoteSheetName(sheet)}!${localAddress(rect)}`;
}

export function rowCount(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function columnCount(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}
