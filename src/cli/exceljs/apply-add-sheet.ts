import type ExcelJS from 'exceljs';
import type { AddSheetOp, PlanRange, RagRule } from '../../workbook/plan/write-plan';
import { columnLetters } from '../../workbook/address/a1';
import { cellRef, rangeRef, type Box } from './a1';
import { writeCells, type ApplyContext } from './apply-context';
import { alignTop, argb } from './cell-style';
import { assertNewSheetName } from './sheet-name';

/** Excel's own red, amber and green "good, neutral, bad" cell styles. */
const RAG_STYLES = {
  red: { fill: '#FFC7CE', font: '#9C0006' },
  amber: { fill: '#FFEB9C', font: '#9C5700' },
  green: { fill: '#C6EFCE', font: '#006100' },
} as const;

export const boxOf = (range: PlanRange): Box => ({
  top: range.row,
  left: range.column,
  bottom: range.row + range.rows - 1,
  right: range.column + range.columns - 1,
});

function ragStyle(colour: keyof typeof RAG_STYLES): Partial<ExcelJS.Style> {
  const { fill, font } = RAG_STYLES[colour];
  return {
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(fill) } },
    font: { color: { argb: argb(font) } },
  };
}

/**
 * Red/amber/green conditional formatting by each cell's number; text cells (DATA PENDING) stay
 * uncoloured, because Excel compares text as larger than any number.
 */
function addRag(sheet: ExcelJS.Worksheet, rule: RagRule): void {
  const box = boxOf(rule.range);
  const tl = cellRef(box.top, box.left);
  const num = `ISNUMBER(${tl})`;
  sheet.addConditionalFormatting({
    ref: rangeRef(box),
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`AND(${num},${tl}<${rule.redBelow})`],
        style: ragStyle('red'),
      },
      {
        type: 'expression',
        priority: 2,
        formulae: [`AND(${num},${tl}>=${rule.redBelow},${tl}<${rule.greenFrom})`],
        style: ragStyle('amber'),
      },
      {
        type: 'expression',
        priority: 3,
        formulae: [`AND(${num},${tl}>=${rule.greenFrom})`],
        style: ragStyle('green'),
      },
    ],
  });
}

/** `A$1:H$60`: ExcelJS adds the `$` before each column itself. */
function printAreaRef(box: Box): string {
  return `${columnLetters(box.left)}$${box.top}:${columnLetters(box.right)}$${box.bottom}`;
}

/**
 * Adds a report sheet: values and styles (every cell aligned to the top, so that a row reads
 * across when one of its cells wraps), merges, column widths, row heights, red/amber/green formatting, tab
 * colour, and a print setup one page wide with a print area. Charts are skipped: ExcelJS cannot
 * write them (docs/cli.md).
 *
 * @example applyAddSheet({ workbook, date1904: false }, reportSheetOp) // the sheet 'Report CMP-1 2026-11-24' exists
 */
export function applyAddSheet(context: ApplyContext, op: AddSheetOp): void {
  assertNewSheetName(context.workbook, op.name);
  const sheet = context.workbook.addWorksheet(op.name);
  writeCells(context, sheet, op.cells);
  for (const c of op.cells) alignTop(sheet.getCell(c.row, c.column));
  for (const merge of op.merges) {
    const b = boxOf(merge);
    if (b.bottom > b.top || b.right > b.left) sheet.mergeCells(b.top, b.left, b.bottom, b.right);
  }
  for (const [column, width] of Object.entries(op.columnWidths))
    sheet.getColumn(Number(column)).width = width;
  for (const [row, height] of Object.entries(op.rowHeights ?? {})) sheet.getRow(Number(row)).height = height;
  op.rag.forEach((rule) => addRag(sheet, rule));
  if (op.tabColor !== undefined) sheet.properties.tabColor = { argb: argb(op.tabColor) };
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: op.print.orientation,
    fitToPage: true,
    fitToWidth: op.print.fitToWidth,
    fitToHeight: 0,
    // ExcelJS writes the print area's sheet name in quotes without doubling an apostrophe inside it.
    ...(op.name.includes("'") ? {} : { printArea: printAreaRef(boxOf(op.print.area)) }),
  };
}
