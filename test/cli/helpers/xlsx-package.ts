import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { WorkbookPackage } from '../../../src/cli/package/workbook/workbook-package';
import { ZipArchive } from '../../../src/cli/package/zip/zip-archive';

/** The `.xlsx` bytes of an ExcelJS workbook. */
export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** One part of a package as text (`xl/worksheets/sheet1.xml`). */
export async function partText(bytes: Uint8Array, path: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(path);
  if (file === null) throw new Error(`no part ${path}`);
  return file.async('string');
}

/** The package's part names. */
export async function partNames(bytes: Uint8Array): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(bytes)).files);
}

/** A copy of the package with one part's text changed (to make files as Excel writes them). */
export async function rewritePart(
  bytes: Uint8Array,
  path: string,
  change: (xml: string) => string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(path);
  if (file === null) throw new Error(`no part ${path}`);
  zip.file(path, change(await file.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}

/** The XML of the worksheet part holding the sheet called `name`. */
export async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  return partText(bytes, await sheetPartOf(bytes, name));
}

/** The `<c>` element of one cell in a worksheet part. */
export function cellXml(sheet: string, ref: string): string | null {
  const m = new RegExp(`<c r="${ref}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`).exec(sheet);
  return m === null ? null : m[0];
}

/** Loads bytes into a fresh ExcelJS workbook. */
export async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** A copy of the package with one more part (a chart, say: ExcelJS ignores it on load). */
export async function withPart(bytes: Uint8Array, path: string, text: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(path, text);
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * Each part of a package as it is stored: its compressed bytes and its checksum, by part name. Two
 * packages hold a part byte for byte alike when both are equal.
 */
export function storedParts(bytes: Uint8Array): Map<string, { crc: number; stored: Buffer }> {
  const zip = ZipArchive.open(bytes);
  return new Map(
    zip.entries.map((e) => [e.name, { crc: e.crc, stored: Buffer.from(zip.compressed(e)) }] as const),
  );
}

/**
 * The parts of `before` that `after` does not hold byte for byte alike (changed or gone): what a
 * run changed of a workbook, to compare with what it owns.
 */
export function changedParts(before: Uint8Array, after: Uint8Array): string[] {
  const old = storedParts(before);
  const now = storedParts(after);
  return [...old.entries()]
    .filter(([name, part]) => {
      const other = now.get(name);
      return other === undefined || other.crc !== part.crc || !other.stored.equals(part.stored);
    })
    .map(([name]) => name)
    .sort();
}

/** The name of the worksheet part holding the sheet called `name`. */
export async function sheetPartOf(bytes: Uint8Array, name: string): Promise<string> {
  const sheet = WorkbookPackage.open(bytes).sheet(name);
  if (sheet === undefined || sheet.part === null) throw new Error(`no sheet ${name}`);
  return sheet.part;
}

/** The name of the table part of the table called `name`, or `undefined`. */
export async function tablePartOf(bytes: Uint8Array, name: string): Promise<string | undefined> {
  return WorkbookPackage.open(bytes).table(name)?.table.part;
}
