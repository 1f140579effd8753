import { sniffWorkbookFile } from '../../workbook/files/sniff-workbook-file';
import type { ParsedExport } from '../import-types';

/**
 * An export file that is neither text nor an `.xlsx`, refused for what it is (`binary_file` with
 * its kind: `.xls`, `.ods`, a password-protected file, a PDF…), or `null` for what the importers
 * read and report themselves: text (CSV, TSV, an empty file) and `.xlsx`, whole or cut short
 * (`readXlsxExport`). Needs
 * the whole file: an `.xls` is told from a password-protected file by the directory inside it.
 *
 * @example exportFileProblem(odsBytes) // { ok: false, issues: [{ code: 'binary_file', kind: 'ods' }], … }
 */
export function exportFileProblem(bytes: Uint8Array): Extract<ParsedExport, { ok: false }> | null {
  const kind = sniffWorkbookFile(bytes);
  // A ZIP without its directory may be an .xlsx cut short: the .xlsx reader refuses it in its words.
  if (kind === 'text' || kind === 'empty' || kind === 'xlsx' || kind === 'damaged_zip') return null;
  return { ok: false, issues: [{ code: 'binary_file', kind }], moreIssues: 0, reading: null };
}
