import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { LocateImportCell } from '../../engine/messages/render-import-issue';
import { createExportImport } from '../../imports/import-export';
import { importRange } from '../../imports/import-range';
import type { ImportOptions, ParsedExport } from '../../imports/import-types';
import { formatA1 } from '../../workbook/address/a1';
import { openWorkbookFile, withWorkbookErrors } from '../package/workbook-file';

export interface ReadExport {
  readonly parsed: ParsedExport;
  /** Words a line of the export: `line 7`, or `Sheet1!C7` for a workbook export. */
  readonly locate: LocateImportCell;
}

const CHUNK = 64 * 1024;

async function isZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  } finally {
    await handle.close();
  }
}

async function readText(path: string, options: ImportOptions): Promise<ReadExport> {
  const imp = createExportImport(options);
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) {
    imp.push(chunk as Uint8Array);
  }
  return { parsed: imp.end(), locate: (line) => `line ${line}` };
}

/** Each sheet's used cells, in tab order, with where they start; one sheet read at a time. */
async function* sheetGrids(path: string, name: string) {
  const host = await openWorkbookFile(path, name);
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
 * export. `name` is the file as the user wrote it, for messages.
 *
 * @example const { parsed } = await readExportFile('/work/ads.csv', { campaignId: 'C1', campaignCurrency: 'USD' });
 */
export async function readExportFile(path: string, options: ImportOptions, name = path): Promise<ReadExport> {
  if (!(await isZip(path))) return readText(path, options);
  let first: ReadExport | null = null;
  for await (const grid of sheetGrids(path, name)) {
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
