import type ExcelJS from 'exceljs';
import { findSheet } from './sheets';

/**
 * Throws unless `name` is a sheet name Excel accepts (1–31 characters, none of `: \ / ? * [ ]`,
 * not starting or ending with an apostrophe) that no sheet of the workbook has (ignoring case).
 *
 * @example assertNewSheetName(workbook, 'Report: Q3') // throws: not a valid sheet name
 */
export function assertNewSheetName(workbook: ExcelJS.Workbook, name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw new Error(`"${name}" is not a valid sheet name`);
  }
  if (findSheet(workbook, name) !== undefined)
    throw new Error(`the workbook already has a sheet named ${name}`);
}
