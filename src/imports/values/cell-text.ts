import { isNotReported } from '../../workbook/cells/not-reported';
import { isCellError, type RawCell } from '../../workbook/host';

/**
 * A cell as text: strings trimmed, numbers in their shortest form, Excel errors as their code.
 *
 * @example cellText(' -- ') // '--'
 * @example cellText({ error: '#N/A' }) // '#N/A'
 */
export function cellText(cell: RawCell | undefined): string {
  if (cell === undefined || cell === null) return '';
  if (isCellError(cell)) return cell.error;
  return typeof cell === 'string' ? cell.trim() : String(cell);
}

/**
 * Whether a cell holds no value: empty, `--` (Google, also with a leading space), `-`, a dash or
 * `n/a`. Such a cell is missing, never zero.
 *
 * @example isMissing(' --') // true
 * @example isMissing('0') // false
 */
export function isMissing(cell: RawCell | undefined): boolean {
  return isNotReported(cell);
}
