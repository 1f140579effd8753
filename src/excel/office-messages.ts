import { OperatorError, officeErrorCode } from './office-error';

/**
 * Every sentence the Office host says to people about an Office error, by Office's error code
 * (`OfficeExtension.Error.code`). One file, so the wording stays consistent.
 */
export const OFFICE_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: 'Finish editing the cell (press Enter or Esc), then run again.',
  AccessDenied:
    'Excel refused to change the workbook: a sheet may be protected or the workbook read-only. Unprotect it or open an editable copy, then run again.',
  ItemNotFound:
    'A sheet or table the run uses was renamed or removed while it ran. Run again to read the workbook as it is now.',
  ItemAlreadyExists:
    'A sheet or table the run wanted to add already exists (it was added while the run was going). Run again.',
  InsertDeleteConflict:
    'Excel could not add the rows or columns because they would cut through a table, merged cells or a PivotTable next to them. Move what is beside the table, then run again.',
  MergedRangeConflict:
    'Excel could not write over merged cells or another table. Unmerge the cells next to the table, then run again.',
  FilteredRangeConflict: 'Clear the filters on the tables, then run again.',
  PivotTableRangeConflict: 'A PivotTable is in the way of the rows being written. Move it, then run again.',
  RequestPayloadSizeLimitExceeded:
    'The run writes more than Excel on the web accepts at once. Run it in the desktop Excel, or track fewer campaigns at a time.',
  ResponsePayloadSizeLimitExceeded:
    'The workbook is too large for Excel on the web to read at once. Open it in the desktop Excel, or remove old rows from the logs.',
  RangeExceedsLimit:
    'A table is too large for Excel to read at once. Remove rows you no longer need, then run again.',
  UnsupportedSheet: 'One of the sheets is a kind Excel add-ins cannot change (a chart or macro sheet).',
  RequestAborted: 'Excel stopped the request before it finished. Run again.',
  ApiNotFound:
    'This version of Excel lacks a feature the add-in needs. Update Excel, or use Excel on the web.',
  GeneralException: 'Excel reported an unexpected problem. Save the workbook, then run again.',
};

/** For a code not listed: still something a person can act on. */
const FALLBACK = 'Excel could not finish the run. Save the workbook, then run again.';

/**
 * The message for an Office error, with the Office code for support in brackets.
 *
 * @example officeMessage('InvalidOperationInCellEditMode') // 'Finish editing the cell (press Enter or Esc), then run again.'
 */
export function officeMessage(code: string): string {
  const known = OFFICE_ERROR_MESSAGES[code];
  return known ?? `${FALLBACK} (Excel error: ${code})`;
}

/**
 * Turns whatever a batch threw into an `OperatorError` with a message for people. An
 * `OperatorError` passes as it is; an error that is not Office's is a bug, kept as the cause.
 *
 * @example throw toOperatorError(error)
 */
export function toOperatorError(error: unknown): OperatorError {
  if (error instanceof OperatorError) return error;
  const code = officeErrorCode(error);
  if (code !== null) return new OperatorError(code, officeMessage(code), { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new OperatorError('Unexpected', `${FALLBACK} (${detail})`, { cause: error });
}

/**
 * The message when Excel lacks a requirement set the add-in needs.
 *
 * @example requirementMessage('ExcelApi', '1.9', 'Excel 2021, …')
 */
export function requirementMessage(set: string, version: string, availableIn: string): string {
  return `This add-in needs the Excel JavaScript API ${set} ${version}, which this Excel does not have. It is in ${availableIn}. Update Excel, or use Excel on the web.`;
}

/**
 * Why a revert cannot start: the workbook has input errors (the first few, with their cells).
 *
 * @example revertBlockedMessage(['Tasks!D7: Status "done" is not one of …'])
 */
export function revertBlockedMessage(errors: readonly string[]): string {
  const shown = errors.slice(0, 3).join('; ');
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
  return `The last run cannot be reverted while the workbook has input errors. Fix them, then revert: ${shown}${more}.`;
}

/**
 * Why rows cannot be added to a log table: Excel would have to put them above its totals row,
 * where the run's rows do not go.
 *
 * @example totalsRowMessage('TaskLog')
 */
export function totalsRowMessage(table: string): string {
  return `The table ${table} has a totals row, so the run cannot add its rows below the data. Turn off its Total Row (Table Design), then run again.`;
}

/**
 * Why Import pasted range cannot start: one cell is selected, or the selected cells are empty.
 *
 * @example selectionMessage('single_cell')
 */
export function selectionMessage(why: 'single_cell' | 'empty' | 'several_areas'): string {
  switch (why) {
    case 'single_cell':
      return 'Only one cell is selected. Select the whole pasted export — its header row and the rows below it — then choose Import pasted range again.';
    case 'empty':
      return 'The selected cells are empty. Paste the export into a sheet, select it with its header row, then choose Import pasted range again.';
    case 'several_areas':
      return 'Several separate ranges are selected. Select the pasted export as one block — its header row and the rows below it — then choose Import pasted range again.';
  }
}

/**
 * Why an import preview cannot be written: it is not one this task pane prepared (it was reloaded).
 *
 * @example importExpiredMessage()
 */
export function importExpiredMessage(): string {
  return 'This import is no longer ready to write (the task pane was reloaded since it was prepared). Prepare the import again.';
}

/**
 * Why an import request cannot be read: no campaign chosen, or a currency that is no ISO 4217 code.
 *
 * @example importRequestMessage({ code: 'currency', value: 'euro' })
 */
export function importRequestMessage(
  problem: { readonly code: 'campaign' } | { readonly code: 'currency'; readonly value: string },
): string {
  return problem.code === 'campaign'
    ? 'Choose the campaign the export belongs to, then import again.'
    : `Currency "${problem.value}" is not a three-letter ISO 4217 code such as USD or EUR. Correct it, or leave it empty when the export says its currency.`;
}

/**
 * Why a run cannot be written: one of its texts is longer than an Excel cell holds.
 *
 * @example cellTextTooLongMessage("'Campaign History'!J12", 40000)
 */
export function cellTextTooLongMessage(address: string, length: number): string {
  return `${address} would hold ${length.toLocaleString('en-US')} characters of text; an Excel cell holds at most 32,767. Nothing was written. Shorten the text it comes from (or track fewer campaigns at a time), then run again.`;
}

/**
 * Why Revert last run does nothing: the run last committed is gone from the logs (undone in Excel).
 *
 * @example runUndoneMessage('run-7f3a')
 */
export function runUndoneMessage(runId: string): string {
  return `The last run (${runId}) is no longer in the Task Log or Campaign History: it was undone in Excel (Ctrl+Z) or its rows were deleted. Nothing was reverted, and the run before it stays as it is. Press Ctrl+Y to redo it if you undid it by mistake.`;
}
