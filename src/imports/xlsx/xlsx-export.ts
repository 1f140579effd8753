import type { ImportIssue } from '../../engine/issues/import-issue';
import type { LocateImportCell } from '../../engine/messages/render-import-issue';
import { formatA1 } from '../../workbook/address/a1';
import type { ReadExport } from '../flow/prepare-import';
import { importRange } from '../import-range';
import type { ImportOptions } from '../import-types';
import { sheetCells, type SheetGrid } from './sheet-cells';
import { attribute, textOf } from './xml-text';
import { unzipFile, ZipError, zipDirectory, type InflateRaw, type ZipFile } from './zip-directory';

const utf8 = new TextDecoder('utf-8');

type Unreadable = Extract<ImportIssue, { code: 'unreadable_workbook' }>['reason'];

/** A workbook this reader refuses as it is (its reason worded by `render-import-issue.ts`). */
export class UnreadableWorkbook extends Error {
  constructor(readonly reason: Unreadable) {
    super(`unreadable workbook: ${reason}`);
  }
}

/** The worksheets of a workbook, in tab order: their names and part paths. */
function sheetParts(workbook: string, rels: string): Array<{ name: string; path: string }> {
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (id !== null && target !== null) targets.set(id, target);
  }
  const sheets: Array<{ name: string; path: string }> = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const target = targets.get(attribute(m[0], 'r:id') ?? '');
    if (target === undefined) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    sheets.push({ name: attribute(m[0], 'name') ?? path, path });
  }
  return sheets;
}

/**
 * The sheets of an `.xlsx` export, each as the grid of its used cells, in tab order, read from the
 * file's bytes alone (a pure reader: the host passes how to inflate). One sheet is unpacked at a time.
 *
 * @example for await (const s of xlsxSheets(bytes, inflate)) s.name // 'Campaign report'
 */
export async function* xlsxSheets(
  bytes: Uint8Array,
  inflate: InflateRaw,
): AsyncGenerator<SheetGrid & { readonly name: string }> {
  const files = zipDirectory(bytes);
  const text = async (path: string): Promise<string> => {
    const file: ZipFile | undefined = files.get(path.toLowerCase());
    return file === undefined ? '' : utf8.decode(await unzipFile(bytes, file, inflate));
  };
  const shared = [
    ...(await text('xl/sharedStrings.xml')).matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g),
  ].map((m) => textOf(m[1] ?? ''));
  const workbook = await text('xl/workbook.xml');
  const pr = /<workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? '';
  if (['1', 'true'].includes(attribute(pr, 'date1904') ?? '')) throw new UnreadableWorkbook('date1904');
  for (const sheet of sheetParts(workbook, await text('xl/_rels/workbook.xml.rels'))) {
    const grid = sheetCells(await text(sheet.path), shared);
    if (grid !== null) yield { ...grid, name: sheet.name };
  }
}

/**
 * Reads an `.xlsx` export: sheet by sheet in tab order until one holds an export, through the same
 * recognition as a pasted range; problems name cells (`Export!D7`). Used by the CLI and the task pane
 * alike (docs/imports.md, Encodings and delimiters).
 *
 * @example const { parsed } = await readXlsxExport(bytes, { campaignId: 'C1', campaignCurrency: 'USD' }, inflate);
 */
export async function readXlsxExport(
  bytes: Uint8Array,
  options: ImportOptions,
  inflate: InflateRaw,
): Promise<ReadExport> {
  const byLine: LocateImportCell = (line) => `line ${line}`;
  let first: ReadExport | null = null;
  try {
    for await (const grid of xlsxSheets(bytes, inflate)) {
      const parsed = importRange(grid.cells, options);
      const locate: LocateImportCell = (line, column) =>
        formatA1({ sheet: grid.name, row: grid.top + line - 1, column: grid.left + (column ?? 0) });
      const found = { parsed, locate };
      if (parsed.ok || parsed.issues[0]?.code !== 'no_header') return found;
      first ??= found;
    }
  } catch (e) {
    const reason = e instanceof ZipError ? e.problem : e instanceof UnreadableWorkbook ? e.reason : null;
    if (reason === null) throw e;
    const issue: ImportIssue = { code: 'unreadable_workbook', reason };
    return { parsed: { ok: false, issues: [issue], moreIssues: 0, reading: null }, locate: byLine };
  }
  return first ?? { parsed: importRange([], options), locate: byLine };
}
