import type { MergedArea } from '../host';
import { parseA1 } from './a1';

/**
 * The merged area a host lists as an A1 range (`A2:A3`, `$B$2:$C$2`, or with its sheet as Excel
 * gives it, `'Q3 Tasks'!A2:A3`), or `null` if it is not one: the Office host's merges, for
 * `RawTable.merges`; which of them matter is the workbook layer's (`tables/merged-areas.ts`).
 *
 * @example mergedAreaOf('A2:B3') // { top: 2, left: 1, bottom: 3, right: 2 }
 */
export function mergedAreaOf(ref: string): MergedArea | null {
  const text = ref.trim();
  const cell = parseA1(text.includes('!') ? text : `S!${text}`);
  if (cell === null) return null;
  const to = cell.to ?? cell;
  return {
    top: Math.min(cell.row, to.row),
    left: Math.min(cell.column, to.column),
    bottom: Math.max(cell.row, to.row),
    right: Math.max(cell.column, to.column),
  };
}
