/// <reference types="office-js" />
import { OperatorError } from './office-error';
import { requirementMessage } from './office-messages';

/**
 * The ExcelApi version every `Excel.run` checks first. Not kept by hand against a list: the
 * requirement-set test (`test/requirements/`) reads every Excel member the add-in uses from
 * `@types/office-js` and fails unless this is exactly the highest version any unguarded use needs.
 */
export const REQUIRED_EXCEL_API = '1.9';

/** Where ExcelApi 1.9 is available (Microsoft's requirement-set table). */
export const EXCEL_API_AVAILABILITY =
  'Excel on the web, Microsoft 365 on Windows (version 1903, build 11425.20204, or later), Excel 2021 or later, Excel for Mac 16.24 or later, and Excel on iPad';

/**
 * Throws an `OperatorError` naming the missing set when Excel lacks ExcelApi 1.9. Call it before a
 * run, so an old Excel gets a clear message instead of a failure halfway.
 *
 * @example checkRequirementSets() // throws 'This add-in needs the Excel JavaScript API ExcelApi 1.9, …'
 */
export function checkRequirementSets(): void {
  if (Office.context.requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API)) return;
  throw new OperatorError(
    'RequirementSetMissing',
    requirementMessage('ExcelApi', REQUIRED_EXCEL_API, EXCEL_API_AVAILABILITY),
  );
}
