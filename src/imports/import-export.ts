import type { ImportIssue } from '../engine/issues/import-issue';
import type { ImportOptions, ParsedExport } from './import-types';
import { finishRows } from './rows/finish-rows';
import type { ExportRows } from './rows/export-rows';
import { startRows } from './start-rows';
import { createChunkDecoder } from './text/decode';
import { createRecordReader, type RecordReader, type TextRecord } from './text/record-reader';
import { sniffLayout, SNIFF_CHARS, type Layout } from './text/sniff-layout';

/** An export being read chunk by chunk. */
export interface ExportImport {
  push(chunk: Uint8Array): void;
  /** Everything read: rows, or every problem. */
  end(): ParsedExport;
}

const failed = (issue: ImportIssue): ParsedExport => ({
  ok: false,
  issues: [issue],
  moreIssues: 0,
  reading: null,
});

/**
 * Reads an ad-platform export (CSV or TSV bytes) as it streams: decodes it, finds the delimiter and
 * the header, recognises the platform, and sums its rows per channel, ad campaign and day. Memory
 * holds the first 64 KB kept for sniffing plus one entry per row to write, never the export's rows.
 *
 * @example
 * const imp = createExportImport({ campaignId: 'C1', campaignCurrency: 'USD' });
 * imp.push(new TextEncoder().encode('Campaign,Impr.,Clicks,Cost,Conv. value\nBrand,"1,000",50,12.50,40\n'));
 * imp.end() // { ok: true, rows: [{ channel: 'Google Ads', impressions: 1000, clicks: 50, cost: 12.5, … }], … }
 */
export function createExportImport(options: ImportOptions): ExportImport {
  const decoder = createChunkDecoder();
  let sample: string[] = [];
  let sampleChars = 0;
  let layout: Layout | null = null;
  let reader: RecordReader | null = null;
  let rows: ExportRows | null = null;
  let outcome: ParsedExport | null = null;
  let recordIndex = 0;
  let headerLine = 0;

  const onRecord = (record: TextRecord): void => {
    const index = recordIndex++;
    if (outcome !== null || layout === null || index < layout.headerIndex) return;
    if (index === layout.headerIndex) {
      headerLine = record.line;
      const start = startRows(record.cells, record.line, options, layout.delimiter);
      if ('issue' in start) outcome = failed(start.issue);
      else rows = start.rows;
      return;
    }
    rows?.row(record.cells, record.line, record.lastLine);
  };

  const feed = (text: string, complete: boolean): void => {
    if (outcome !== null) return;
    if (reader === null) {
      sample.push(text);
      sampleChars += text.length;
      if (sampleChars < SNIFF_CHARS && !complete) return;
      const kind = decoder.binary();
      if (kind !== null) {
        outcome = failed({ code: 'binary_file', kind });
        return;
      }
      const all = sample.join('');
      sample = [];
      const found = sniffLayout(all, complete);
      if ('firstRow' in found) {
        outcome = failed({ code: 'no_header', firstRow: found.firstRow });
        return;
      }
      layout = found;
      reader = createRecordReader(found.delimiter);
      reader.push(all, onRecord);
      return;
    }
    reader.push(text, onRecord);
  };

  return {
    push(chunk) {
      feed(decoder.push(chunk), false);
    },
    end() {
      feed(decoder.end(), true);
      // The last record: left out when it is a quoted value never closed (that problem is said).
      const last: TextRecord[] = [];
      const unclosed = reader?.end((r) => last.push(r)) ?? null;
      if (unclosed === null) last.forEach(onRecord);
      if (outcome !== null) return outcome;
      if (rows === null || layout === null) return failed({ code: 'no_header', firstRow: [] });
      return finishRows(rows, {
        encoding: decoder.encoding(),
        delimiter: layout.delimiter,
        headerLine,
        preambleLines: layout.headerIndex,
        unclosedQuoteLine: unclosed,
      });
    },
  };
}
