import { sniffWorkbookFile } from '../../workbook/files/sniff-workbook-file';
import type { ParsedExport } from '../import-types';

/**
 * An export file that is no text export, refused for what it is (`binary_file` with its kind: an
 * `.xlsx`, `.xls`, `.ods`, a password-protected file, a PDF…), or `null` for text (CSV, TSV, or an
 * empty file, which the importer reads and reports itself). Needs the whole file: an `.xls` is
 * told from a password-protected file by the directory inside it.
 *
 * @example exportFileProblem(odsBytes) // { ok: false, issues: [{ code: 'binary_file', kind: 'ods' }], … }
 */
export function exportFileProblem(bytes: Uint8Array): Extract<ParsedExport, { ok: false }> | null {
  const kind = sniffWorkbookFile(bytes);
  if (kind === 'text' || kind === 'empty') return null;
  return { ok: false, issues: [{ code: 'binary_file', kind }], moreIssues: 0, reading: null };
}
