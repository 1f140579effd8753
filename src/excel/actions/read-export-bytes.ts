import { exportFileProblem } from '../../imports/flow/export-file-kind';
import type { ReadExport } from '../../imports/flow/prepare-import';
import { createExportImport } from '../../imports/import-export';
import type { ImportOptions } from '../../imports/import-types';
import { locateInExport, readXlsxExportData, type XlsxExportRead } from '../../imports/xlsx/xlsx-export';
import type { InflateRaw } from '../../imports/xlsx/zip-directory';

/** Bytes handed to the importer at a time, as the CLI reads a file from disk. */
export const FILE_CHUNK_BYTES = 64 * 1024;

/**
 * Raw DEFLATE through the browser's `DecompressionStream` (Edge WebView2, Safari 16.4+); `null`
 * where the browser has none, and the pane then says to paste the report instead.
 */
export function browserInflate(): InflateRaw | null {
  if (typeof DecompressionStream === 'undefined') return null;
  return async (bytes, limit) => {
    const stream = new Blob([bytes.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    const reader = stream.getReader();
    const pieces: Uint8Array[] = [];
    let size = 0;
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      size += r.value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw new RangeError(`unpacks to more than ${limit} bytes`);
      }
      pieces.push(r.value);
    }
    const whole = new Uint8Array(size);
    let at = 0;
    for (const p of pieces) {
      whole.set(p, at);
      at += p.byteLength;
    }
    return whole;
  };
}

/** Whether the bytes are a zip package (an `.xlsx` export), by its signature. */
export const isZip = (b: Uint8Array): boolean =>
  b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * A CSV or TSV export's bytes, in any encoding the importer knows, fed to it in `FILE_CHUNK_BYTES`
 * views of the same buffer (never copied, never decoded whole). Its problems name lines.
 *
 * @example readDelimitedBytes(new TextEncoder().encode(csv), { campaignId: 'C1', campaignCurrency: 'USD' }).ok
 */
export function readDelimitedBytes(bytes: Uint8Array, options: ImportOptions, chunk = FILE_CHUNK_BYTES) {
  const reading = createExportImport(options);
  for (let at = 0; at < bytes.length; at += chunk) reading.push(bytes.subarray(at, at + chunk));
  return reading.end();
}

/**
 * Reads an export file the user picked, already in memory as bytes, to plain data (it crosses the
 * pane's Web Worker). CSV or TSV in any encoding the importer knows is fed to it in `FILE_CHUNK_BYTES`
 * views of the same buffer (never copied, never decoded whole); an `.xlsx` export goes through the
 * same pure reader as the CLI's (docs/imports.md), and its place names the sheet its issues are in
 * (`null`: they name lines). `locateInExport(place)` says where an issue is.
 *
 * @example (await readExportFile(new Uint8Array(await file.arrayBuffer()), { campaignId: 'C1', campaignCurrency: 'USD' })).parsed.ok
 */
export async function readExportFile(
  bytes: Uint8Array,
  options: ImportOptions,
  chunk = FILE_CHUNK_BYTES,
  inflate: InflateRaw | null = browserInflate(),
): Promise<XlsxExportRead> {
  // Anything but text or an .xlsx (.xls, .ods, password-protected, a PDF…) is named for what it is.
  const other = exportFileProblem(bytes);
  if (other !== null) return { parsed: other, place: null };
  if (isZip(bytes)) {
    if (inflate !== null) return readXlsxExportData(bytes, options, inflate);
    return {
      parsed: {
        ok: false,
        issues: [{ code: 'unreadable_workbook', reason: 'no_inflate' }],
        moreIssues: 0,
        reading: null,
      },
      place: null,
    };
  }
  return { parsed: readDelimitedBytes(bytes, options, chunk), place: null };
}

/**
 * Reads an export file the user picked (`readExportFile`), with how its issues name a place
 * (`line 7`, `'Export'!C9`).
 *
 * @example (await readExportBytes(new Uint8Array(await file.arrayBuffer()), { campaignId: 'C1', campaignCurrency: 'USD' })).parsed.ok
 */
export async function readExportBytes(
  bytes: Uint8Array,
  options: ImportOptions,
  chunk = FILE_CHUNK_BYTES,
  inflate: InflateRaw | null = browserInflate(),
): Promise<ReadExport> {
  const { parsed, place } = await readExportFile(bytes, options, chunk, inflate);
  return { parsed, locate: locateInExport(place) };
}
