import { importPastedRange } from '../../imports/import-pasted-range';
import type { ImportOptions, ParsedExport } from '../../imports/import-types';
import type { RawCell } from '../../workbook/host';
import { readDelimitedBytes } from './read-export-bytes';

/**
 * An export to parse, as plain data (a Web Worker can take it): a picked CSV or TSV file's bytes, or
 * pasted cells. (An `.xlsx` export is read where it is picked: its problems name cells of its own
 * sheets, which a function of the reader says.)
 */
export type ParseJob =
  | { readonly kind: 'file'; readonly bytes: Uint8Array; readonly options: ImportOptions }
  | {
      readonly kind: 'cells';
      readonly cells: ReadonlyArray<readonly RawCell[]>;
      readonly options: ImportOptions;
    };

/**
 * The heavy part of an import: the export parsed into ChannelMetrics rows (or its problems). Pure
 * data in and out, so it runs in the task pane's Web Worker as well as in place.
 *
 * @example parseExport({ kind: 'cells', cells: [['Day', 'Cost'], ['2026-03-18', 12.5]], options: { campaignId: 'C1' } }).ok
 */
export function parseExport(job: ParseJob): ParsedExport {
  return job.kind === 'file'
    ? readDelimitedBytes(job.bytes, job.options)
    : importPastedRange(job.cells, job.options);
}

/**
 * Where an import's parse runs (the task pane's Web Worker). `null`: it could not run there, so the
 * caller parses in place (`parseExport`), which keeps the importers out of the pane's first bundle.
 */
export type ExportParser = (job: ParseJob) => Promise<ParsedExport | null>;
