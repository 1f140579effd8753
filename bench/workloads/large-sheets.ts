import { writeFile } from 'node:fs/promises';
import { CONTENT_TYPES } from '../../src/cli/package/opc/namespaces';
import { freeRelationshipId } from '../../src/cli/package/opc/relationships';
import { WorkbookPackage } from '../../src/cli/package/workbook/workbook-package';
import { cellContent } from '../../src/cli/package/write/cell-write';
import { deflate, deflateStream, ZipWriter } from '../../src/cli/package/zip/zip-writer';
import { cellRef, rangeRef } from '../../src/cli/package/sheet-box';
import type { PlanValue } from '../../src/workbook/plan/write-plan';
import { cellOf } from '../../src/workbook/template/model-cells';
import { templateColumns } from '../../src/workbook/template/template-columns';
import { engineInput, type EngineWorkload } from './engine-input';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const ROWS_PER_PIECE = 2_000;

function rowXml(row: number, values: readonly PlanValue[]): string {
  let cells = '';
  values.forEach((value, i) => {
    if (value === null) return;
    const { type, inner } = cellContent(value, 'S', row, i + 1);
    cells += `<c r="${cellRef(row, i + 1)}"${type === null ? '' : ` t="${type}"`}>${inner}</c>`;
  });
  return `<row r="${row}">${cells}</row>`;
}

async function* sheetText(
  header: readonly string[],
  rows: (i: number) => readonly PlanValue[],
  count: number,
) {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="${rangeRef({ top: 1, left: 1, bottom: count + 1, right: header.length })}"/><sheetData>`;
  yield rowXml(1, header);
  for (let at = 0; at < count; at += ROWS_PER_PIECE) {
    let piece = '';
    for (let i = at; i < Math.min(count, at + ROWS_PER_PIECE); i++) piece += rowXml(i + 2, rows(i));
    yield piece;
  }
  yield '</sheetData></worksheet>';
}

/** The input tables a bench can make large. */
export type LargeTable = 'tasks' | 'channelMetrics';

const TABLE_NAMES: Readonly<Record<LargeTable, string>> = {
  tasks: 'Tasks',
  channelMetrics: 'ChannelMetrics',
};

/**
 * A copy of a workbook whose Tasks (or ChannelMetrics) table holds a workload's rows, as the
 * template writes them, its sheet streamed out row by row: a million-row table without a million
 * rows of cell objects in memory at once.
 *
 * @example await withLargeTable(bytes, 'tasks', { campaigns: 10, tasks: 1_000_000, rows: 1000 }, '/tmp/tasks-1m.xlsx');
 */
export async function withLargeTable(
  base: Uint8Array,
  table: LargeTable,
  workload: EngineWorkload,
  path: string,
): Promise<void> {
  const pkg = WorkbookPackage.open(base);
  const entry = pkg.table(TABLE_NAMES[table]);
  if (entry === undefined) throw new Error(`no ${TABLE_NAMES[table]} table`);
  const columns = templateColumns(table);
  const rows = engineInput(workload)[table] as unknown as ReadonlyArray<Record<string, unknown>>;
  const values = (i: number) => columns.map((c) => cellOf(rows[i]?.[c.field], c.kind, 'UTC'));
  const sheet = await deflateStream(
    sheetText(
      columns.map((c) => c.header),
      values,
      rows.length,
    ),
  );
  const box = { top: 1, left: 1, bottom: rows.length + 1, right: columns.length };
  const tableXml = entry.table.xml.replace(/ ref="[^"]*"/g, ` ref="${rangeRef(box)}"`);
  const out = new ZipWriter();
  for (const e of pkg.zip.entries) {
    if (e.name === entry.sheetPart) out.addDeflated(e.name, sheet);
    else if (e.name === entry.table.part) out.addDeflated(e.name, deflate(tableXml));
    else out.copy(pkg.zip, e);
  }
  await writeFile(path, out.finish());
}

/**
 * A copy of a workbook with one more sheet, last in tab order, holding `rows` rows of an export
 * the tool never reads (ten columns of text, dates and figures).
 *
 * @example await withUnusedSheet(bytes, 150_000, '/tmp/unused-150k.xlsx');
 */
export async function withUnusedSheet(base: Uint8Array, rows: number, path: string): Promise<void> {
  const pkg = WorkbookPackage.open(base);
  const header = [
    'Day',
    'Account',
    'Campaign',
    'Ad group',
    'Keyword',
    'Impressions',
    'Clicks',
    'Cost',
    'Conversions',
    'Notes',
  ];
  const row = (i: number): PlanValue[] => [
    46000 + (i % 365),
    `Account ${i % 7}`,
    `Campaign ${i % 113}`,
    `Ad group ${i % 997}`,
    `keyword ${i}`,
    1000 + ((i * 37) % 9000),
    (i * 13) % 400,
    Math.round(((i * 7919) % 100_000) / 10) / 100,
    i % 11,
    i % 5 === 0 ? `checked ${i}` : null,
  ];
  const sheet = await deflateStream(sheetText(header, row, rows));
  // Named and related as Excel names and relates sheets (`sheetN.xml`, `rIdN`), which ExcelJS expects.
  const number = pkg.zip.entries.filter((e) => /worksheets\/sheet\d+\.xml$/.test(e.name)).length + 1;
  const part = `xl/worksheets/sheet${number}.xml`;
  const id = freeRelationshipId(pkg.workbookRels.map((r) => r.id));
  const rels = pkg.zip
    .text('xl/_rels/workbook.xml.rels')
    .replace(
      '</Relationships>',
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${number}.xml"/></Relationships>`,
    );
  const sheetId = Math.max(...pkg.sheets.map((s) => s.sheetId)) + 1;
  const workbook = pkg.workbookXml.replace(
    '</sheets>',
    `<sheet name="Raw export" sheetId="${sheetId}" r:id="${id}"/></sheets>`,
  );
  const types = pkg.zip
    .text('[Content_Types].xml')
    .replace('</Types>', `<Override PartName="/${part}" ContentType="${CONTENT_TYPES.worksheet}"/></Types>`);
  const out = new ZipWriter();
  for (const e of pkg.zip.entries) {
    if (e.name === 'xl/_rels/workbook.xml.rels') out.add(e.name, rels);
    else if (e.name === pkg.workbookPart) out.add(e.name, workbook);
    else if (e.name === '[Content_Types].xml') out.add(e.name, types);
    else out.copy(pkg.zip, e);
  }
  out.addDeflated(part, sheet);
  await writeFile(path, out.finish());
}
