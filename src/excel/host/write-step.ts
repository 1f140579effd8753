/// <reference types="office-js" />
import { columnLetters } from '../../workbook/address/a1';
import type { Rect } from './cell-blocks';

/**
 * The order a plan is written in, whatever its ops: sheets and columns first (an appended row may
 * fill a column the plan adds), then the rows appended to the logs (before every other value, like
 * a write-ahead log: a run whose later batches fail is still in the Task Log, so Revert finds it),
 * then every value, then every format, then tables, validations, conditional formats, charts and
 * page layout.
 */
export const PHASES = ['structure', 'log', 'values', 'formats', 'objects'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * A piece of a write: queues its actions on a context (naming sheets and tables, never holding a
 * proxy, so it can be queued again in a fresh `Excel.run`), with its estimated request bytes.
 */
export interface WriteStep {
  readonly phase: Phase;
  readonly bytes: number;
  readonly queue: (context: Excel.RequestContext) => void;
}

/**
 * A rectangle in A1 notation without the sheet.
 *
 * @example localA1({ row: 2, column: 1, rows: 3, columns: 2 }) // 'A2:B4'
 */
export function localA1(rect: Rect): string {
  const start = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.rows === 1 && rect.columns === 1) return start;
  return `${start}:${columnLetters(rect.column + rect.columns - 1)}${rect.row + rect.rows - 1}`;
}

/**
 * A worksheet by name (Excel matches names ignoring case).
 *
 * @example worksheet(context, 'Tasks').activate()
 */
export function worksheet(context: Excel.RequestContext, name: string): Excel.Worksheet {
  return context.workbook.worksheets.getItem(name);
}

/**
 * A rectangle of a worksheet, by name and position.
 *
 * @example rangeOn(context, 'Tasks', { row: 2, column: 4, rows: 3, columns: 1 }) // Tasks!D2:D4
 */
export function rangeOn(context: Excel.RequestContext, sheet: string, rect: Rect): Excel.Range {
  return worksheet(context, sheet).getRange(localA1(rect));
}
