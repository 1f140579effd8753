/// <reference types="office-js" />
import { OperatorError } from './office-error';
import { requirementMessage } from './office-messages';

/**
 * The Office.js members the Office host calls, each with the requirement set that brought it (from
 * Microsoft's API reference). The highest version is the one checked at start.
 */
export const API_REQUIREMENTS: ReadonlyArray<{
  readonly api: string;
  readonly set: 'ExcelApi';
  readonly version: string;
}> = [
  {
    api: 'Excel.run, Range.values/numberFormat/format, tables.add, charts.add',
    set: 'ExcelApi',
    version: '1.1',
  },
  {
    api: 'Worksheet.getUsedRange(valuesOnly), Range.merge, RangeFormat.columnWidth',
    set: 'ExcelApi',
    version: '1.2',
  },
  {
    api: 'Worksheet.getUsedRangeOrNullObject, TableColumnCollection.add(…, name)',
    set: 'ExcelApi',
    version: '1.4',
  },
  {
    api: 'Application.suspendApiCalculationUntilNextSync, conditionalFormats.add',
    set: 'ExcelApi',
    version: '1.6',
  },
  { api: 'Worksheet.tabColor', set: 'ExcelApi', version: '1.7' },
  { api: 'Range.dataValidation', set: 'ExcelApi', version: '1.8' },
  { api: 'Worksheet.pageLayout (orientation, zoom, setPrintArea)', set: 'ExcelApi', version: '1.9' },
];

/** The ExcelApi version the host needs: the highest of `API_REQUIREMENTS`. */
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
