import { importPastedRange } from '../../imports/import-pasted-range';
import type { ImportOptions } from '../../imports/import-types';
import type { RawCell } from '../../workbook/host';
import type { XlsxExportRead } from '../../imports/xlsx/xlsx-export';
import { readExportFile } from './read-export-bytes';

/**
 * An export to parse, as plain data (a Web Worker can take it): a picked file's bytes (CSV, TSV or
 * `.xlsx`), or pasted cells.
 */
export type ParseJob =
  | { readonly kind: 'file'; readonly bytes: Uint8Array; readonly options: ImportOptions }
  | {
      readonly kind: 'cells';
      readonly cells: ReadonlyArray<readonly RawCell[]>;
      readonly options: ImportOptions;
    };

/**
 * An export parsed, as plain data: its rows (or problems), and for an `.xlsx` file the sheet they
 * are in (`locateInExport(place)` names their cells); `null` for text (lines) and pasted cells.
 */
export type ParsedJob = XlsxExportRead;

/**
 * The heavy part of an import: the export parsed into ChannelMetrics rows (or its problems). Pure
 * data in and out, so it runs in the task pane's Web Worker as well as in place.
 *
 * @example (await parseExport({ kind: 'cells', cells: [['Day', 'Cost'], ['2026-03-18', 12.5]], options: { campaignId: 'C1' } })).parsed.ok
 */
export async function parseExport(job: ParseJob): Promise<ParsedJob> {
  return job.kind === 'file'
    ? readExportFile(job.bytes, job.options)
    : { parsed: importPastedRange(job.cells, job.options), place: null };
}

/**
 * Where an import's parse runs (the task pane's Web Worker). `null`: it could not run there, so the
 * caller parses in place (`parseExport`), which keeps the importers out of the pane's first bundle.
 */
export type ExportParser = (job: ParseJob) => Promise<ParsedJob | null>;
