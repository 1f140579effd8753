/**
 * Column letters of a 1-based column number.
 *
 * @example columnLetters(1) // 'A'
 * @example columnLetters(28) // 'AB'
 */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const PLAIN_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}\d+$/;
const LOOKS_LIKE_R1C1 = /^(R\d*C?\d*|C\d*)$/i;

/**
 * Whether Excel writes this sheet name in quotes in a reference: names with characters other than
 * letters, digits, `_` and `.`, names starting with a digit, and names that read as a cell
 * reference (`A1`, `R1C1`, `R`, `C`) or a boolean.
 *
 * @example needsQuotes('TaskUpdates') // false
 * @example needsQuotes('Task Log') // true
 */
export function needsQuotes(sheet: string): boolean {
  return (
    !PLAIN_NAME.test(sheet) ||
    LOOKS_LIKE_A1.test(sheet) ||
    LOOKS_LIKE_R1C1.test(sheet) ||
    /^(TRUE|FALSE)$/i.test(sheet)
  );
}

/**
 * A cell's address in Excel's notation, the sheet name quoted when Excel would quote it (an
 * apostrophe inside a quoted name is doubled).
 *
 * @example addressOf('TaskUpdates', 5, 1) // 'TaskUpdates!A5'
 * @example addressOf("Mike's Tasks", 2, 4) // "'Mike''s Tasks'!D2"
 */
export function addressOf(sheet: string, row: number, column: number): string {
  const name = needsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  return `${name}!${columnLetters(column)}${row}`;
}
