import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { LocateImportCell } from '../../engine/messages/render-import-issue';
import { createExportImport } from '../../imports/import-export';
import { importRange } from '../../imports/import-range';
import type { ImportOptions, ParsedExport } from '../../imports/import-types';
import { formatA1 } from '../../workbook/address/a1';
import { renderFileIssue } from '../../engine/messages/render-file-issue';
import { exportFileProblem } from '../../imports/flow/export-file-kind';
import { sniffWorkbookFile, workbookFileIssue } from '../../workbook/files/sniff-workbook-file';
import { InputError } from '../errors';
import { PackageHost } from '../package/package-host';
import { withWorkbookErrors } from '../package/workbook-file';

export interface ReadExport {
  readonly parsed: ParsedExport;
  /** Words a line of the export: `line 7`, or `Sheet1!C7` for a workbook export. */
  readonly locate: LocateImportCell;
}

const CHUNK = 64 * 1024;

/** The first bytes of a file: enough to tell text from a ZIP, an OLE compound file or a PDF. */
async function headOf(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Files read whole to be told apart (their directory is inside): ZIP, OLE compound file, PDF. */
const readWhole = (head: Uint8Array): boolean =>
  (head[0] === 0x50 && head[1] === 0x4b) ||
  (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) ||
  String.fromCharCode(...head.subarray(0, 4)) === '%PDF';

async function readText(path: string, options: ImportOptions): Promise<ReadExport> {
  const imp = createExportImport(options);
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) {
    imp.push(chunk as Uint8Array);
  }
  return { parsed: imp.end(), locate: (line) => `line ${line}` };
}

/** Each sheet's used cells, in tab order, with where they start; one sheet read at a time. */
async function* sheetGrids(bytes: Uint8Array, name: string) {
  const host = await withWorkbookErrors(name, () => PackageHost.open(bytes));
  const { sheets } = await host.inventory();
  for (const sheet of sheets) {
    const [table] = await withWorkbookErrors(name, () =>
      host.read([{ source: { kind: 'sheet', name: sheet } }]),
    );
    if (table === undefined || table.header.length === 0) continue;
    yield { sheet, top: table.headerRow, left: table.firstColumn, cells: [table.header, ...table.rows] };
  }
}

/**
 * Reads an export file: CSV or TSV streamed in 64 KB chunks (bounded memory whatever its size),
 * or an `.xlsx` export (recognised by its bytes) read sheet by sheet, streamed, until one holds an
 * export. Any other file (`.xls`, `.ods`, password-protected, PDF…) is refused for what it is
 * (`binary_file`). `name` is the file as the user wrote it, for messages.
 *
 * @example const { parsed } = await readExportFile('/work/ads.csv', { campaignId: 'C1', campaignCurrency: 'USD' });
 */
export async function readExportFile(path: string, options: ImportOptions, name = path): Promise<ReadExport> {
  const head = await headOf(path);
  if (!readWhole(head)) {
    // A web page or an Excel 2003 XML file is told by its first bytes; text is streamed.
    const notText = exportFileProblem(head);
    return notText === null ? readText(path, options) : { parsed: notText, locate: (line) => `line ${line}` };
  }
  const bytes = new Uint8Array(await readFile(path));
  if (sniffWorkbookFile(bytes) !== 'xlsx') {
    return { parsed: exportFileProblem(bytes) ?? importRange([], options), locate: (line) => `line ${line}` };
  }
  // An .xlsx export too large to inflate is refused from its ZIP directory, before it is opened.
  const tooLarge = workbookFileIssue(bytes);
  if (tooLarge !== null) throw new InputError([renderFileIssue(tooLarge, name)]);
  let first: ReadExport | null = null;
  for await (const grid of sheetGrids(bytes, name)) {
    const parsed = importRange(grid.cells, options);
    const locate: LocateImportCell = (line, column) =>
      formatA1({ sheet: grid.sheet, row: grid.top + line - 1, column: grid.left + (column ?? 0) });
    const found = { parsed, locate };
    const noHeader = !parsed.ok && parsed.issues[0]?.code === 'no_header';
    if (!noHeader) return found;
    first ??= found;
  }
  return first ?? { parsed: importRange([], options), locate: (line) => `line ${line}` };
}
