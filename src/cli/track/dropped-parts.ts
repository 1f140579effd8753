import type { DroppedParts } from '../exceljs/package-facts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The parts of a workbook that ExcelJS does not write back, in words, or `null` when there are none.
 *
 * @example droppedPartsText({ charts: 2, pivotTables: 1, slicers: 0 }) // '2 charts and 1 pivot table'
 */
export function droppedPartsText(parts: DroppedParts): string | null {
  const found = [
    parts.charts > 0 ? plural(parts.charts, 'chart', 'charts') : null,
    parts.pivotTables > 0 ? plural(parts.pivotTables, 'pivot table', 'pivot tables') : null,
    parts.slicers > 0 ? plural(parts.slicers, 'slicer', 'slicers') : null,
  ].filter((p): p is string => p !== null);
  if (found.length === 0) return null;
  return found.length === 1
    ? (found[0] ?? null)
    : `${found.slice(0, -1).join(', ')} and ${found[found.length - 1] ?? ''}`;
}
