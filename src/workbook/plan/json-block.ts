import { isHighSurrogate, MAX_CELL_CHARS } from './cell-text';

/** Column B's mark on a row that continues the line above it. */
export const CONTINUED = 'continued';

/** One row of the JSON block: its text (column A) and, on continuation rows, `CONTINUED` (column B). */
export interface JsonRow {
  readonly text: string;
  readonly continued: boolean;
}

/**
 * `JSON.stringify(value, null, 2)`, one line per row. A line longer than a cell holds is split into
 * pieces of at most 32,767 characters (never inside a surrogate pair); every piece after the first
 * is a continuation row.
 *
 * @example jsonRows({ a: 1 }) // [{ text: '{', continued: false }, { text: '  "a": 1', … }, { text: '}', … }]
 */
export function jsonRows(value: unknown, maxChars: number = MAX_CELL_CHARS): JsonRow[] {
  const rows: JsonRow[] = [];
  for (const line of JSON.stringify(value, null, 2).split('\n')) {
    let rest = line;
    let continued = false;
    do {
      let end = Math.min(rest.length, maxChars);
      if (end < rest.length && isHighSurrogate(rest.charCodeAt(end - 1))) end -= 1;
      rows.push({ text: rest.slice(0, end), continued });
      rest = rest.slice(end);
      continued = true;
    } while (rest.length > 0);
  }
  return rows;
}

/**
 * The JSON text back from the rows of a block: a continuation row is joined to the row above
 * without a newline, other rows start a new line.
 *
 * @example JSON.parse(joinJsonRows(jsonRows(report))) // deep-equals report
 */
export function joinJsonRows(rows: readonly JsonRow[]): string {
  let text = '';
  rows.forEach((row, i) => {
    text += (i === 0 || row.continued ? '' : '\n') + row.text;
  });
  return text;
}
