/**
 * Every cell of an argument, row by row. Excel passes a range (and, for a parameter declared as a
 * matrix, a single value too) as rows of cells; an omitted optional argument arrives as null or
 * undefined and counts as one blank cell.
 *
 * @example cellsOf([[1, 2], [null, 4]]) // [1, 2, null, 4]
 * @example cellsOf(5) // [5]
 */
export function cellsOf(arg: unknown): readonly unknown[] {
  if (!Array.isArray(arg)) return [arg];
  // A plain loop: ranges run to a million cells, and flatMap is several times slower here.
  const cells: unknown[] = [];
  for (const row of arg as unknown[]) {
    if (Array.isArray(row)) for (const cell of row as unknown[]) cells.push(cell);
    else cells.push(row);
  }
  return cells;
}

/**
 * Whether a cell is blank: empty, an omitted argument, or text of spaces only.
 *
 * @example isBlank('  ') // true
 * @example isBlank(0) // false
 */
export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * The Excel error a cell holds (`#N/A`, `#REF!`), or null. With `allowErrorForDataTypeAny` in the
 * metadata, Excel hands error cells to a parameter that accepts any value as objects carrying their
 * code: `{ code: '#N/A' }` (a `CustomFunctions.Error`), or an error cell value
 * `{ type: 'Error', basicValue: '#N/A' }` where data types reach the function. Both are read.
 *
 * @example excelErrorOf({ code: '#N/A' }) // '#N/A'
 * @example excelErrorOf({ type: 'Error', basicValue: '#REF!', errorType: 'Ref' }) // '#REF!'
 * @example excelErrorOf('#N/A') // null (text, not an error)
 */
export function excelErrorOf(cell: unknown): string | null {
  if (typeof cell !== 'object' || cell === null) return null;
  const record = cell as { code?: unknown; type?: unknown; basicValue?: unknown };
  const code = 'code' in record ? record.code : record.type === 'Error' ? record.basicValue : undefined;
  return typeof code === 'string' && code.startsWith('#') ? code : null;
}

/**
 * A cell's value as a person reads it, for messages.
 *
 * @example cellText(true) // 'TRUE'
 */
export function cellText(cell: unknown): string {
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'string' || typeof cell === 'number') return String(cell);
  return (
    excelErrorOf(cell) ?? (cell === null || cell === undefined ? '' : Object.prototype.toString.call(cell))
  );
}
