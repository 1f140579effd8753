import ExcelJS from 'exceljs';
import { mergedAreaOf } from '../../workbook/address/merged-area-of';
import type { MergedArea, RawCell, RawTable, ReadRequest } from '../../workbook/host';
import type { Box } from './a1';
import { cellRef } from './a1';
import type { PackageFacts } from './package-facts';
import { rawCellOf } from './read-cell';
import { sheetNamed } from './sheets';
import { dataRows, findTable, tableBox } from './table-model';

/**
 * The rectangle around every cell that holds something (formatting alone does not count).
 *
 * @example usedBox(settingsSheet) // { top: 1, left: 1, bottom: 12, right: 2 }
 */
export function usedBox(sheet: ExcelJS.Worksheet): Box | null {
  let box: Box | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Null) return;
      box =
        box === null
          ? { top: r, left: c, bottom: r, right: c }
          : {
              top: Math.min(box.top, r),
              left: Math.min(box.left, c),
              bottom: Math.max(box.bottom, r),
              right: Math.max(box.right, c),
            };
    });
  });
  return box;
}

interface Frame {
  readonly sheet: ExcelJS.Worksheet;
  readonly headerRow: number;
  readonly header: readonly RawCell[];
  readonly firstRow: number;
  readonly lastRow: number;
  readonly left: number;
  readonly right: number;
}

function tableFrame(workbook: ExcelJS.Workbook, name: string): Frame {
  const found = findTable(workbook, name);
  if (found === null) throw new Error(`the workbook has no table named ${name}`);
  const { first, last } = dataRows(found.table);
  const box = tableBox(found.table);
  return {
    sheet: found.sheet,
    headerRow: first - 1,
    header: found.table.columns.map((c) => c.name),
    firstRow: first,
    lastRow: last,
    left: box.left,
    right: box.right,
  };
}

function sheetFrame(workbook: ExcelJS.Workbook, name: string, facts: PackageFacts): Frame {
  const sheet = sheetNamed(workbook, name);
  const box = usedBox(sheet) ?? { top: 1, left: 1, bottom: 1, right: 0 };
  const uncalculated = facts.uncalculated.get(sheet.name);
  const header: RawCell[] = [];
  for (let c = box.left; c <= box.right; c++) {
    header.push(rawCellOf(sheet.findCell(box.top, c), uncalculated?.has(cellRef(box.top, c)) ?? false));
  }
  return {
    sheet,
    headerRow: box.top,
    header,
    firstRow: box.top + 1,
    lastRow: box.bottom,
    left: box.left,
    right: box.right,
  };
}

/**
 * Reads one table (its header and data rows, not its totals row) or one sheet's used range (the
 * header is its first used row) as cells.
 *
 * @example readRange(workbook, { source: { kind: 'table', name: 'Tasks' } }, facts).rows[0]
 * // ['T-1', 'C-1', 'Brief the agency', 'completed', …]
 */
export function readRange(workbook: ExcelJS.Workbook, request: ReadRequest, facts: PackageFacts): RawTable {
  const { source } = request;
  const frame =
    source.kind === 'table' ? tableFrame(workbook, source.name) : sheetFrame(workbook, source.name, facts);
  const uncalculated = facts.uncalculated.get(frame.sheet.name);
  const rows: RawCell[][] = [];
  const formats: Array<Array<string | null>> = [];
  for (let r = frame.firstRow; r <= frame.lastRow; r++) {
    const row: RawCell[] = [];
    const rowFormats: Array<string | null> = [];
    for (let c = frame.left; c <= frame.right; c++) {
      const cell = frame.sheet.findCell(r, c);
      row.push(rawCellOf(cell, uncalculated?.has(cellRef(r, c)) ?? false));
      const format = cell?.numFmt;
      rowFormats.push(format === undefined || format === '' ? null : format);
    }
    rows.push(row);
    formats.push(rowFormats);
  }
  return {
    source,
    sheet: frame.sheet.name,
    headerRow: frame.headerRow,
    firstColumn: frame.left,
    header: frame.header,
    rows,
    ...(request.withNumberFormats === true ? { numberFormats: formats } : {}),
    ...withMerges(sheetMerges(frame)),
  };
}

const withMerges = (merges: readonly MergedArea[]) => (merges.length === 0 ? {} : { merges });

/** The sheet's merged areas (ExcelJS keeps them as `A3:A4` in its model); the workbook layer keeps those over the table. */
function sheetMerges(frame: Frame): MergedArea[] {
  const merges = (frame.sheet.model as { merges?: readonly string[] }).merges ?? [];
  return merges.flatMap((ref) => mergedAreaOf(ref) ?? []);
}
