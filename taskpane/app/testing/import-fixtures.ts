import type { ImportSummary } from '../../../src/engine/issues/import-summary';
import { PANE_IMPORT_WORDING } from '../../../src/engine/messages/import-wording';
import { renderImportSummary } from '../../../src/engine/messages/render-import-summary';
import type {
  ImportCommitted,
  ImportPreview,
  ImportProblem,
  ImportProblems,
} from '../../../src/excel/operator-actions';

/**
 * A Google Ads export pasted into `Export!A1:H12`, as the Office host would preview it: 11 rows read
 * below the header, 3 of them total rows (dropped); the other 8, one per channel and day, add 6
 * channel-days and replace 2 (6 + 2 + 3 = 11).
 */
export const IMPORT_SUMMARY: ImportSummary = {
  platform: 'google_ads',
  confidence: 0.9,
  currency: 'USD',
  rowsRead: 11,
  added: 6,
  replaced: 2,
  skipped: 0,
  dropped: { totals: 3, empty: 0 },
  reasons: [
    {
      code: 'total_rows',
      count: 3,
      examples: [
        { line: 10, label: 'Total: Account' },
        { line: 11, label: 'Total: Search' },
        { line: 12, label: 'Total: Display' },
      ],
    },
    {
      code: 'replaced',
      count: 2,
      examples: [
        { channel: 'Google Ads – Search', date: '2026-03-17', rows: [14] },
        { channel: 'Google Ads – Search', date: '2026-03-18', rows: [15] },
      ],
    },
  ],
};

export function sampleImportPreview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  const s = IMPORT_SUMMARY;
  return {
    kind: 'preview',
    importId: 'import-1',
    source: { kind: 'selection', address: 'Export!A1:H12' },
    campaignId: 'C-SPRING',
    mode: 'replace',
    platform: s.platform,
    platformName: 'Google Ads',
    confidence: s.confidence,
    currency: s.currency,
    counts: {
      rowsRead: s.rowsRead,
      added: s.added,
      replaced: s.replaced,
      skipped: s.skipped,
      dropped: s.dropped,
    },
    summary: renderImportSummary(s, PANE_IMPORT_WORDING),
    sheet: 'ChannelMetrics',
    ...overrides,
  };
}

export function sampleImportCommitted(preview: ImportPreview = sampleImportPreview()): ImportCommitted {
  return { kind: 'committed', preview, written: true };
}

/** Problems as the host words them: a pasted cell with its address, a workbook problem, the rest counted. */
export const IMPORT_PROBLEMS: readonly ImportProblem[] = [
  {
    code: 'invalid_number',
    text: 'Export!D7, Cost "abc" is not a number',
    address: { sheet: 'Export', row: 7, column: 4, a1: 'Export!D7' },
  },
  {
    code: 'ambiguous_dates',
    text: 'the dates of column "Day" could be day first or month first (03/04/2026, 05/04/2026); say which by choosing the Date format: DMY (day first) or MDY (month first)',
    address: null,
  },
  { code: 'more', text: '… and 12 more problems like these', address: null },
];

export const IMPORT_PROBLEM_ANSWER: ImportProblems = { kind: 'import_problems', problems: IMPORT_PROBLEMS };
