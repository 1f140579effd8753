import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
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

/**
 * Reads an export file: CSV or TSV streamed in 64 KB chunks (bounded memory whatever its size),
 * or an `.xlsx` export (recognised by its bytes) through the pure reader the task pane uses too
 * (`readXlsxExport`), sheet by sheet until one holds an export.
 *
 * @example const { parsed } = await readExportFile('/work/ads.csv', { campaignId: 'C1', campaignCurrency: 'USD' });
 */
export async function readExportFile(path: string, options: ImportOptions): Promise<ReadExport> {
  if (!(await isZip(path))) return readText(path, options);
  return readXlsxExport(new Uint8Array(await readFile(path)), options, nodeInflate);
}
