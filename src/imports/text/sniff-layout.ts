import { findHeader, HEADER_SEARCH_ROWS } from '../recognise/find-header';
import { createRecordReader } from './record-reader';

export const DELIMITERS = [',', '\t', ';'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Text read before the delimiter and header are chosen. */
export const SNIFF_CHARS = 64 * 1024;

export interface Layout {
  readonly delimiter: Delimiter;
  /** Index of the header among the records (the records above it are the preamble). */
  readonly headerIndex: number;
}

function firstRecords(text: string, delimiter: string, complete: boolean): string[][] {
  const rows: string[][] = [];
  const reader = createRecordReader(delimiter);
  reader.push(text, (r) => rows.length <= HEADER_SEARCH_ROWS && rows.push(r.cells));
  if (complete) reader.end((r) => rows.push(r.cells));
  return rows.slice(0, HEADER_SEARCH_ROWS);
}

/**
 * Chooses the delimiter and the header row together, from the first 64 KB: for each of `,`, tab and
 * `;`, the best header row it yields; the delimiter whose header names most known columns wins
 * (then the one giving the header more cells). Excel's `sep=;` first line decides by itself.
 * `null`: no row names two metrics, whatever the delimiter; `firstRow` is shown to the user.
 *
 * @example sniffLayout('Campaign report\nCampaign\tImpr.\tClicks\tCost\n', true) // { delimiter: '\t', headerIndex: 1 }
 */
export function sniffLayout(sample: string, complete: boolean): Layout | { firstRow: string[] } {
  const sep = /^sep=(.)\r?\n/.exec(sample)?.[1];
  const candidates = DELIMITERS.filter((d) => sep === undefined || d === sep);
  let best: (Layout & { score: number; width: number }) | null = null;
  let widest: string[] = [];
  for (const delimiter of candidates) {
    const rows = firstRecords(sample, delimiter, complete);
    const firstRow = rows.find((r) => r.some((c) => c.trim() !== '')) ?? [];
    if (firstRow.length > widest.length) widest = firstRow;
    const h = findHeader(rows);
    if (h === null) continue;
    const width = rows[h.index]?.length ?? 0;
    if (best === null || h.score > best.score || (h.score === best.score && width > best.width)) {
      best = { delimiter, headerIndex: h.index, score: h.score, width };
    }
  }
  return best === null ? { firstRow: widest } : { delimiter: best.delimiter, headerIndex: best.headerIndex };
}
