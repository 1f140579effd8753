import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../workbook/plan/write-plan';

const MONOSPACE_FONT = 'Consolas';

/**
 * ExcelJS's ARGB colour from a plan colour.
 *
 * @example argb('#C6EFCE') // 'FFC6EFCE'
 */
export function argb(hex: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex);
  if (m === null) throw new Error(`not a #RRGGBB colour: ${hex}`);
  return `FF${(m[1] ?? '').toUpperCase()}`;
}

/**
 * Gives a cell its own style object. ExcelJS shares one style object among every loaded cell of the
 * same style, so changing a property in place would change all of them.
 *
 * @example ownStyle(cell); cell.numFmt = '@'; // other cells of the same style keep theirs
 */
export function ownStyle(cell: ExcelJS.Cell): void {
  cell.style = { ...cell.style };
}

/**
 * Aligns a cell's content to its top (report sheets, where long texts wrap beside short ones).
 *
 * @example alignTop(sheet.getCell('B7'))
 */
export function alignTop(cell: ExcelJS.Cell): void {
  ownStyle(cell);
  cell.alignment = { ...cell.alignment, vertical: 'top' };
}

/**
 * Applies a plan style to a cell, keeping whatever the style does not mention.
 *
 * @example applyStyle(cell, { bold: true, fill: '#FFEB9C' })
 */
export function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  ownStyle(cell);
  const font: Partial<ExcelJS.Font> = { ...cell.font };
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
  if (style.monospace === true) font.name = MONOSPACE_FONT;
  cell.font = font;

  if (style.fill !== undefined) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  }
  if (style.wrap !== undefined || style.horizontal !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
    cell.alignment = alignment;
  }
  if (style.borderBottom === true) {
    cell.border = { ...cell.border, bottom: { style: 'thin', color: { argb: 'FF808080' } } };
  }
}
