import type { RawCell } from '../host';

/** What ad platforms write for a figure they did not report (Google's `--`, also with a space). */
const NOT_REPORTED = new Set(['', '--', '-', '—', '–', 'n/a', 'N/A']);

/**
 * Whether a cell holds no figure: empty, `--`, `-`, a dash or `n/a`. Such a figure was not
 * reported: missing, never zero (docs/rules.md, Missing figures).
 *
 * @example isNotReported(' --') // true
 * @example isNotReported('0') // false
 * @example isNotReported(0) // false
 */
export function isNotReported(cell: RawCell | undefined): boolean {
  if (cell === undefined || cell === null) return true;
  return typeof cell === 'string' && NOT_REPORTED.has(cell.trim());
}
