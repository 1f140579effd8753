import { locateByLine } from '../../engine/messages/render-import-issue';
import { exportFileProblem } from '../../imports/flow/export-file-kind';
import { createExportImport } from '../../imports/import-export';
import type { ImportOptions } from '../../imports/import-types';
import type { ReadExport } from '../../imports/flow/prepare-import';

/** Bytes handed to the importer at a time, as the CLI reads a file from disk. */
export const FILE_CHUNK_BYTES = 64 * 1024;

/**
 * Reads an export file the user picked, already in memory as bytes: fed to the importer in
 * `FILE_CHUNK_BYTES` views of the same buffer (never copied, never decoded whole), so a 200,000-row
 * export is held once. CSV or TSV in any encoding the importer knows; any other file is refused for
 * what it is (`binary_file`: `.xlsx`, `.xls`, `.ods`, password-protected, PDF…; the task pane has no
 * workbook reader, docs/imports.md).
 *
 * @example readExportBytes(new Uint8Array(await file.arrayBuffer()), { campaignId: 'C1', campaignCurrency: 'USD' }).parsed.ok
 */
export function readExportBytes(
  bytes: Uint8Array,
  options: ImportOptions,
  chunk = FILE_CHUNK_BYTES,
): ReadExport {
  const notText = exportFileProblem(bytes);
  if (notText !== null) return { parsed: notText, locate: locateByLine };
  const reading = createExportImport(options);
  for (let at = 0; at < bytes.length; at += chunk) reading.push(bytes.subarray(at, at + chunk));
  return { parsed: reading.end(), locate: locateByLine };
}
