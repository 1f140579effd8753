import type { ImportIssue } from '../../engine/issues/import-issue';
import { locateByLine, type LocateImportCell } from '../../engine/messages/render-import-issue';
import { formatA1 } from '../../workbook/address/a1';
import type { ReadExport } from '../flow/prepare-import';
import { importRange } from '../import-range';
import { findHeader, HEADER_SEARCH_ROWS } from '../recognise/find-header';
import { recognisePlatform } from '../recognise/recognise-platform';
import { cellText } from '../values/cell-text';
import type { ImportOptions } from '../import-types';
import { sheetCells, type SheetGrid } from './sheet-cells';
import { attribute, textOf } from './xml-text';
import { unzipFile, ZipError, zipDirectory, type InflateRaw, type ZipFile } from './zip-directory';

const utf8 = new TextDecoder('utf-8');

/** A relationship part's targets by id, with their types, resolved against the part's folder. */
function relationships(rels: string, folder: string): Map<string, { type: string; path: string }> {
  const found = new Map<string, { type: string; path: string }>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (id === null || target === null || attribute(m[0], 'TargetMode') === 'External') continue;
    found.set(id, { type: attribute(m[0], 'Type') ?? '', path: partPath(folder, target) });
  }
  return found;
}

/** A relationship target (percent-encoded) as a part name: absolute (`/xl/…`) or relative to the folder. */
function partPath(folder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : folder.split('/').filter((p) => p !== '');
  let name = target;
  try {
    name = decodeURIComponent(target);
  } catch {
    // A lone % is a character of the name.
  }
  for (const p of name.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

const folderOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);
const relsOf = (path: string): string =>
  `${folderOf(path)}_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`;

/**
 * The sheets of an `.xlsx` export, each as the grid of its used cells, in tab order, read from the
 * file's bytes alone (a pure reader: the host passes how to inflate). One sheet is unpacked at a time.
 * The workbook part is the one the package names (`_rels/.rels`), usually `xl/workbook.xml`; a zip
 * without one is not a workbook (`ZipError` `not_a_zip`). `date1904`: the workbook counts its date
 * serials from 1904 (Excel for Mac's old default).
 *
 * @example for await (const s of xlsxSheets(bytes, inflate)) s.name // 'Campaign report'
 */
export async function* xlsxSheets(
  bytes: Uint8Array,
  inflate: InflateRaw,
): AsyncGenerator<SheetGrid & { readonly name: string; readonly date1904: boolean }> {
  const files = zipDirectory(bytes);
  const text = async (path: string): Promise<string> => {
    const file: ZipFile | undefined = files.get(path.toLowerCase());
    return file === undefined ? '' : utf8.decode(await unzipFile(bytes, file, inflate));
  };
  const main = [...relationships(await text('_rels/.rels'), '').values()].find((r) =>
    r.type.endsWith('/officeDocument'),
  );
  const workbookPath = main?.path ?? 'xl/workbook.xml';
  if (!files.has(workbookPath.toLowerCase())) throw new ZipError('not_a_zip');
  const workbook = await text(workbookPath);
  const parts = relationships(await text(relsOf(workbookPath)), folderOf(workbookPath));
  const sharedPath = [...parts.values()].find((r) => r.type.endsWith('/sharedStrings'))?.path;
  const shared = [
    ...(await text(sharedPath ?? `${folderOf(workbookPath)}sharedStrings.xml`)).matchAll(
      /<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g,
    ),
  ].map((m) => textOf(m[1] ?? ''));
  const pr = /<workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? '';
  const date1904 = ['1', 'true'].includes(attribute(pr, 'date1904') ?? '');
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const part = parts.get(attribute(m[0], 'r:id') ?? '');
    if (part === undefined) continue;
    const grid = sheetCells(await text(part.path), shared);
    if (grid !== null) yield { ...grid, name: attribute(m[0], 'name') ?? part.path, date1904 };
  }
}

/** Days from 1900-01-00 to 1904-01-01 in Excel's 1900 calendar: a 1904-system serial plus this. */
const DAYS_1900_TO_1904 = 1462;

/**
 * The grid with the date serials of a 1904-system workbook moved to the 1900 system the importer
 * reads: only numbers in the columns the header names as dates, below the header; metrics are left
 * as they are. Cells are not styled here, so a date column is known by its header, as in a CSV.
 */
function toDateSystem1900(cells: SheetGrid['cells']): SheetGrid['cells'] {
  const head = cells.slice(0, HEADER_SEARCH_ROWS).map((row) => row.map((c) => cellText(c)));
  const found = findHeader(head);
  if (found === null) return cells;
  const { date, dateStart, dateEnd } = recognisePlatform(head[found.index] ?? []).columns;
  const dateColumns = [date, dateStart, dateEnd].filter((c) => c !== undefined);
  return cells.map((row, i) =>
    i <= found.index
      ? row
      : row.map((cell, c) =>
          typeof cell === 'number' && dateColumns.includes(c) ? cell + DAYS_1900_TO_1904 : cell,
        ),
  );
}

/** Where an `.xlsx` export's rows sit: its sheet, and the cell its grid starts at (plain data). */
export interface ExportSheetPlace {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
}

/** An `.xlsx` export read as plain data: what it parsed to, and the sheet its issues name (`null`: lines). */
export interface XlsxExportRead {
  readonly parsed: ReadExport['parsed'];
  readonly place: ExportSheetPlace | null;
}

/**
 * How an `.xlsx` export's issues name a place: a cell of its own sheet (`Export!D7`), or a line when
 * no sheet was read. The one home of that mapping, rebuilt from plain data where a worker parsed.
 *
 * @example locateInExport({ sheet: 'Export', top: 2, left: 0 })(3, 1) // 'Export!B4'
 */
export function locateInExport(place: ExportSheetPlace | null): LocateImportCell {
  if (place === null) return locateByLine;
  return (line, column) =>
    formatA1({ sheet: place.sheet, row: place.top + line - 1, column: place.left + (column ?? 0) });
}

/**
 * Reads an `.xlsx` export to plain data (it crosses a Web Worker): sheet by sheet in tab order until
 * one holds an export, through the same recognition as a pasted range; its place says which sheet.
 *
 * @example const { parsed, place } = await readXlsxExportData(bytes, { campaignId: 'C1', campaignCurrency: 'USD' }, inflate);
 */
export async function readXlsxExportData(
  bytes: Uint8Array,
  options: ImportOptions,
  inflate: InflateRaw,
): Promise<XlsxExportRead> {
  let first: XlsxExportRead | null = null;
  try {
    for await (const grid of xlsxSheets(bytes, inflate)) {
      const parsed = importRange(grid.date1904 ? toDateSystem1900(grid.cells) : grid.cells, options);
      const found = { parsed, place: { sheet: grid.name, top: grid.top, left: grid.left } };
      if (parsed.ok || parsed.issues[0]?.code !== 'no_header') return found;
      first ??= found;
    }
  } catch (e) {
    if (!(e instanceof ZipError)) throw e;
    const issue: ImportIssue = { code: 'unreadable_workbook', reason: e.problem };
    return { parsed: { ok: false, issues: [issue], moreIssues: 0, reading: null }, place: null };
  }
  return first ?? { parsed: importRange([], options), place: null };
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
  const { parsed, place } = await readXlsxExportData(bytes, options, inflate);
  return { parsed, locate: locateInExport(place) };
}
