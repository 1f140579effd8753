/** A cell (or the top-left cell of a range) on a sheet, 1-based. */
export interface SheetCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/**
 * Excel's letters for a column number.
 *
 * @example columnLetters(1) // 'A'
 * @example columnLetters(28) // 'AB'
 * @example columnLetters(16384) // 'XFD'
 */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The column number of Excel's letters.
 *
 * @example columnNumber('AB') // 28
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/** Names Excel would read as a cell (`Q1`, `XFD10`) or an R1C1 reference (`R`, `C3`, `R1C1`). */
const LOOKS_LIKE_REFERENCE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*(?:[Cc]\d*)?|[Cc]\d*)$/;
const PLAIN = /^[\p{L}\p{N}_.]+$/u;

/**
 * A sheet name as Excel writes it in a reference: quoted (with `'` doubled) unless it holds only
 * letters, digits, `_` and `.`, does not start with a digit and cannot be read as a reference.
 *
 * @example quoteSheetName('Tasks') // 'Tasks'
 * @example quoteSheetName('Q1 Tasks') // "'Q1 Tasks'"
 * @example quoteSheetName("It's") // "'It''s'"
 * @example quoteSheetName('2026') // "'2026'"
 */
export function quoteSheetName(sheet: string): string {
  const plain = PLAIN.test(sheet) && !/^\p{N}/u.test(sheet) && !LOOKS_LIKE_REFERENCE.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A cell or range in Excel's A1 notation.
 *
 * @example formatA1({ sheet: 'Tasks', row: 7, column: 4 }) // 'Tasks!D7'
 * @example formatA1({ sheet: 'Tasks', row: 1, column: 1 }, { row: 1, column: 8 }) // 'Tasks!A1:H1'
 */
export function formatA1(cell: SheetCell, to?: { readonly row: number; readonly column: number }): string {
  const start = `${columnLetters(cell.column)}${cell.row}`;
  const end =
    to === undefined || (to.row === cell.row && to.column === cell.column)
      ? ''
      : `:${columnLetters(to.column)}${to.row}`;
  return `${quoteSheetName(cell.sheet)}!${start}${end}`;
}

/**
 * Reads an A1 reference with its sheet (`'Q1 Tasks'!D7`, `Tasks!A1:H1`; `$` allowed); `null` if it is not one.
 *
 * @example parseA1("'It''s'!B2") // { sheet: "It's", row: 2, column: 2 }
 */
export function parseA1(
  text: string,
): (SheetCell & { readonly to?: { row: number; column: number } }) | null {
  let sheet = '';
  let rest: string;
  if (text.startsWith("'")) {
    let i = 1;
    for (; i < text.length; i += 1) {
      if (text[i] !== "'") sheet += text.charAt(i);
      else if (text[i + 1] === "'") {
        sheet += "'";
        i += 1;
      } else break;
    }
    if (text[i] !== "'" || text[i + 1] !== '!') return null;
    rest = text.slice(i + 2);
  } else {
    const bang = text.lastIndexOf('!');
    if (bang <= 0) return null;
    sheet = text.slice(0, bang);
    rest = text.slice(bang + 1);
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(rest);
  if (m === null || m[1] === undefined || m[2] === undefined) return null;
  const cell = { sheet, row: Number(m[2]), column: columnNumber(m[1]) };
  return m[3] === undefined || m[4] === undefined
    ? cell
    : { ...cell, to: { row: Number(m[4]), column: columnNumber(m[3]) } };
}
