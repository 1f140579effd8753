import type { ImportCellRef, ImportIssue } from '../../engine/issues/import-issue';
import { IMPORT_PLATFORM_NAMES } from '../../engine/issues/import-summary';
import { PANE_IMPORT_WORDING } from '../../engine/messages/import-wording';
import { renderImportIssue, renderMoreImportIssues } from '../../engine/messages/render-import-issue';
import { renderImportSummary } from '../../engine/messages/render-import-summary';
import { TABLE_LABELS } from '../../engine/model/labels';
import type { PlannedImport, PreparedImport } from '../../imports/flow/prepare-import';
import { formatA1 } from '../../workbook/address/a1';
import type { CellAddress } from '../../workbook/address/address-of';
import { describeIssues } from '../../workbook/describe/describe-issues';
import type { ImportPreview, ImportProblem, ImportProblems } from '../operator-actions';

/** Where an export was read: a file (its problems start with its name) or a range of a sheet. */
export type ExportPlace =
  | { readonly kind: 'file'; readonly name: string }
  | { readonly kind: 'selection'; readonly sheet: string; readonly row: number; readonly column: number };

/**
 * The pasted cell at a line (1-based row of the range) and column (0-based) of the export.
 *
 * @example pastedCell({ kind: 'selection', sheet: 'Export', row: 3, column: 2 }, 1, 0).a1 // 'Export!B3'
 */
export function pastedCell(
  place: Extract<ExportPlace, { kind: 'selection' }>,
  line: number,
  columnIndex: number | null,
): CellAddress {
  const cell = { sheet: place.sheet, row: place.row + line - 1, column: place.column + (columnIndex ?? 0) };
  return { ...cell, a1: formatA1(cell) };
}

const isRef = (v: unknown): v is ImportCellRef =>
  typeof v === 'object' && v !== null && 'line' in v && 'columnIndex' in v;

/** The first cell a problem names (an issue that is a cell, or holds cells: `read`, `decimalPoint`…). */
function firstCell(issue: ImportIssue): ImportCellRef | null {
  return isRef(issue) ? issue : (Object.values(issue).find(isRef) ?? null);
}

function exportProblem(
  issue: ImportIssue,
  place: ExportPlace,
  locate: Parameters<typeof renderImportIssue>[1],
): ImportProblem {
  const text = renderImportIssue(issue, locate, PANE_IMPORT_WORDING);
  if (place.kind === 'file') return { code: issue.code, text: `${place.name}: ${text}`, address: null };
  const cell = firstCell(issue);
  return {
    code: issue.code,
    text,
    address: cell === null ? null : pastedCell(place, cell.line, cell.columnIndex),
  };
}

/**
 * Every problem that stopped an import, for people: the workbook's with their cells, the export's
 * with the pasted cell (or the file's name), and how many more were found than listed.
 *
 * @example importProblems(prepared, { kind: 'file', name: 'ads.csv' }).problems[0].text // 'ads.csv: line 7, Cost "abc" is not a number'
 */
export function importProblems(
  failed: Extract<PreparedImport, { ok: false }>,
  place: ExportPlace,
): ImportProblems {
  if (failed.stage === 'workbook') {
    const described = describeIssues(failed.issues, failed.sourceMap);
    return {
      kind: 'import_problems',
      problems: described.map((d) => ({ code: 'workbook', text: d.text, address: d.address })),
    };
  }
  const problems = failed.issues.map((i) => exportProblem(i, place, failed.locate));
  if (failed.moreIssues > 0)
    problems.push({ code: 'more', text: renderMoreImportIssues(failed.moreIssues), address: null });
  return { kind: 'import_problems', problems };
}

/**
 * What the pane shows before writing: the summary the CLI prints (with the pane's names for the
 * options), the review (what will be written), the counts, the platform and the sheet the rows go to.
 *
 * @example importPreview('id-1', { kind: 'file', name: 'ads.csv' }, planned).counts // { rowsRead: 9, added: 4, … }
 */
export function importPreview(
  importId: string,
  source: ImportPreview['source'],
  planned: PlannedImport,
): ImportPreview {
  const s = planned.summary;
  return {
    kind: 'preview',
    importId,
    source,
    campaignId: planned.choices.campaignId,
    mode: planned.choices.mode,
    platform: s.platform,
    platformName: IMPORT_PLATFORM_NAMES[s.platform],
    confidence: s.confidence,
    currency: s.currency,
    counts: {
      rowsRead: s.rowsRead,
      added: s.added,
      replaced: s.replaced,
      skipped: s.skipped,
      dropped: { totals: s.dropped.totals, empty: s.dropped.empty },
    },
    summary: renderImportSummary(s, PANE_IMPORT_WORDING),
    review: s.review,
    sheet: planned.target.channelMetrics?.location.sheet ?? TABLE_LABELS.channelMetrics,
  };
}
