import type { RunPreview } from '../../../src/excel/operator-actions';
import { countOf } from './count-of';

/**
 * The report sheets a write adds or replaces: each campaign's Report and CMO Feedback sheets, and a
 * Portfolio sheet (the logs a first run creates are listed with the changes, not counted here).
 */
export function sheetCount(preview: Pick<RunPreview, 'sheets'>): number {
  return preview.sheets.campaigns.length * 2 + preview.sheets.others.length;
}

/**
 * What the write button does, with its counts: `4 status changes, 2 sheets`.
 *
 * @example writeCounts(preview) // '4 status changes, 2 sheets'
 */
export function writeCounts(preview: Pick<RunPreview, 'sheets' | 'taskChanges'>): string {
  return `${countOf(preview.taskChanges.length, 'status change')}, ${countOf(sheetCount(preview), 'sheet')}`;
}
