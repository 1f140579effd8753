import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { exportFileProblem } from '../../imports/flow/export-file-kind';
import type { ReadExport } from '../../imports/flow/prepare-import';
import { createExportImport } from '../../imports/import-export';
import type { ImportOptions } from '../../imports/import-types';
import { readXlsxExport } from '../../imports/xlsx/xlsx-export';
import type { InflateRaw } from '../../imports/xlsx/zip-directory';

const CHUNK = 64 * 1024;

const unpack = promisify(inflateRaw);
/** Raw DEFLATE through Node's zlib, stopped past `limit` bytes. */
export const nodeInflate: InflateRaw = async (bytes, limit) =>
  new Uint8Array(await unpack(bytes, { maxOutputLength: Math.max(1, limit) }));

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

const byLine = (line: number) => `line ${line}`;

async function readText(path: string, options: ImportOptions): Promise<ReadExport> {
  const imp = createExportImport(options);
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) {
    imp.push(chunk as Uint8Array);
  }
  return { parsed: imp.end(), locate: byLine };
}

/**
 * Reads an export file: CSV or TSV streamed in 64 KB chunks (bounded memory whatever its size),
 * or an `.xlsx` export (recognised by its bytes) through the pure reader the task pane uses too
 * (`readXlsxExport`), sheet by sheet until one holds an export. Any other file (`.xls`, `.ods`,
 * password-protected, PDF…) is refused for what it is (`binary_file`, `exportFileProblem`).
 *
 * @example const { parsed } = await readExportFile('/work/ads.csv', { campaignId: 'C1', campaignCurrency: 'USD' });
 */
export async function readExportFile(path: string, options: ImportOptions): Promise<ReadExport> {
  const head = await headOf(path);
  if (!readWhole(head)) {
    // A web page or an Excel 2003 XML file is told by its first bytes; text is streamed.
    const other = exportFileProblem(head);
    return other === null ? readText(path, options) : { parsed: other, locate: byLine };
  }
  const bytes = new Uint8Array(await readFile(path));
  const other = exportFileProblem(bytes);
  if (other !== null) return { parsed: other, locate: byLine };
  return readXlsxExport(bytes, options, nodeInflate);
}
