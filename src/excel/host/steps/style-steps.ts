/// <reference types="office-js" />
import type { CellStyle, PlanCell, PlanRange } from '../../../workbook/plan/write-plan';
import { solidRects } from '../cell-blocks';
import { requestCost } from '../request-size';
import { localA1, rangeOn, worksheet, type WriteStep } from '../write-step';

/** The font the JSON block is shown in. */
export const MONOSPACE_FONT = 'Consolas';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** Queues one style on a range: one action per property set. */
function applyStyle(range: Excel.Range, style: CellStyle): void {
  const { format } = range;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.monospace === true) format.font.name = MONOSPACE_FONT;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.borderBottom === true) format.borders.getItem('EdgeBottom').style = 'Continuous';
}

function propertyCount(style: CellStyle): number {
  return Object.values(style).filter((v) => v !== undefined && v !== false).length + 1;
}

/**
 * Format steps for the styles of a sheet's cells: the cells sharing a style are covered by
 * rectangles, and each rectangle gets the style's properties.
 *
 * @example styleSteps('Report', [{ row: 1, column: 1, value: 'Title', style: { bold: true } }]).length // 1
 */
export function styleSteps(sheet: string, cells: readonly PlanCell[]): WriteStep[] {
  const byStyle = new Map<string, { style: CellStyle; cells: PlanCell[] }>();
  for (const cell of cells) {
    if (cell.style === undefined || Object.keys(cell.style).length === 0) continue;
    const key = JSON.stringify(cell.style, Object.keys(cell.style).sort());
    const group = byStyle.get(key) ?? { style: cell.style, cells: [] };
    group.cells.push(cell);
    byStyle.set(key, group);
  }
  return [...byStyle.values()].flatMap(({ style, cells: styled }) =>
    solidRects(styled).map((rect) => ({
      phase: 'formats' as const,
      bytes: requestCost({ paths: 6, actions: propertyCount(style), payload: style }),
      queue: (context: Excel.RequestContext) => applyStyle(rangeOn(context, sheet, rect), style),
    })),
  );
}

/**
 * Excel measures column widths in points; a character of Calibri 11 is 7 pixels, plus 5 of padding.
 *
 * @example pointsOfCharacters(10) // 56.25
 */
export function pointsOfCharacters(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Column width steps (widths in characters, by column number).
 *
 * @example columnWidthSteps('Report', { 1: 24, 2: 60 }).length // 2
 */
export function columnWidthSteps(sheet: string, widths: Readonly<Record<number, number>>): WriteStep[] {
  return Object.entries(widths).map(([column, characters]) => {
    const c = Number(column);
    const letters = localA1({ row: 1, column: c, rows: 1, columns: 1 }).replace(/\d+$/, '');
    return {
      phase: 'formats' as const,
      bytes: requestCost({ paths: 4, actions: 1 }),
      queue: (context: Excel.RequestContext) => {
        worksheet(context, sheet).getRange(`${letters}:${letters}`).format.columnWidth =
          pointsOfCharacters(characters);
      },
    };
  });
}

/**
 * Merge steps, one per merged rectangle.
 *
 * @example mergeSteps('Report', [{ row: 1, column: 1, rows: 1, columns: 8 }]).length // 1
 */
export function mergeSteps(sheet: string, merges: readonly PlanRange[]): WriteStep[] {
  return merges.map((rect) => ({
    phase: 'formats' as const,
    bytes: requestCost({ paths: 3, actions: 1 }),
    queue: (context: Excel.RequestContext) => rangeOn(context, sheet, rect).merge(false),
  }));
}

/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

/**
 * Row height steps (heights in points, by row number): one step per run of consecutive rows of
 * the same height, capped at Excel's 409 points.
 *
 * @example rowHeightSteps('Report', { 4: 30, 5: 30, 9: 45 }).length // 2 (rows 4:5 and row 9)
 */
export function rowHeightSteps(sheet: string, heights: Readonly<Record<number, number>>): WriteStep[] {
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  const runs: { first: number; last: number; points: number }[] = [];
  for (const row of rows) {
    const points = Math.min(heights[row] ?? 0, MAX_ROW_HEIGHT);
    const run = runs[runs.length - 1];
    if (run !== undefined && run.last === row - 1 && run.points === points) run.last = row;
    else runs.push({ first: row, last: row, points });
  }
  return runs.map(({ first, last, points }) => ({
    phase: 'formats' as const,
    bytes: requestCost({ paths: 4, actions: 1 }),
    queue: (context: Excel.RequestContext) => {
      worksheet(context, sheet).getRange(`${first}:${last}`).format.rowHeight = points;
    },
  }));
}
