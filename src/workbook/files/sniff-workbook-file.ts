import type { FileIssue, FileKind } from '../../engine/issues/file-issue';
import { compoundFileNames, isCompoundFile } from './compound-file';
import { asciiText, storedText, zipDirectory, type ZipEntry } from './zip-directory';

/** The largest part of an `.xlsx` this tool reads: the text of a part must fit in one string. */
export const MAX_PART_BYTES = 400 * 1024 * 1024;

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

function zipKind(bytes: Uint8Array, entries: readonly ZipEntry[]): FileKind {
  // Some writers separate part names with `\` (test/fixtures/xlsx/SOURCES.md): still a workbook.
  const names = new Set(entries.map((e) => e.name.replaceAll('\\', '/').replace(/^\//, '').toLowerCase()));
  const has = (name: string): boolean => names.has(name);
  if (has('xl/workbook.xml')) return 'xlsx';
  if (has('xl/workbook.bin')) return 'xlsb';
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype !== undefined) {
    const type = storedText(bytes, mimetype) ?? '';
    if (type.startsWith(ODS_MIMETYPE)) return 'ods';
    if (type.startsWith('application/vnd.oasis.opendocument')) return 'office_document';
  }
  if (has('word/document.xml') || has('ppt/presentation.xml')) return 'office_document';
  return 'zip';
}

function compoundKind(bytes: Uint8Array): FileKind {
  const names = compoundFileNames(bytes);
  // A directory that cannot be followed still names its streams in UTF-16 somewhere in the file.
  const has = (name: string): boolean =>
    names === null ? utf16Includes(bytes, name) : names.some((n) => n.toLowerCase() === name.toLowerCase());
  if (has('EncryptionInfo') || has('EncryptedPackage')) return 'encrypted';
  if (has('Workbook') || has('Book')) return 'xls';
  return 'office_document';
}

function utf16Includes(bytes: Uint8Array, text: string): boolean {
  const needle = [...text].flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Text by its first bytes: a BOM, or no zero byte (UTF-16 without a BOM has them in one column only). */
function looksLikeText(head: Uint8Array): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  let even = 0;
  let odd = 0;
  head.forEach((byte, i) => {
    if (byte !== 0) return;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  });
  if (even === 0 && odd === 0) return true;
  const half = head.length / 2;
  return (even === 0 && odd > half * 0.3) || (odd === 0 && even > half * 0.3);
}

function textKind(head: Uint8Array): FileKind {
  const start = asciiText(head, 0, 1024)
    .replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '')
    .replaceAll(String.fromCharCode(0), '')
    .trimStart()
    .toLowerCase();
  if (start.startsWith('<?xml') && start.includes('urn:schemas-microsoft-com:office:spreadsheet'))
    return 'spreadsheet_xml';
  if (/^(<\?xml[^>]*>\s*)?(<!doctype html|<html|<table|<head|<body|<meta)/.test(start)) return 'html';
  return 'text';
}

/**
 * What a file is, from its bytes alone (no library, nothing inflated): an `.xlsx` workbook, or what
 * was given in its place — `.xls`, `.xlsb`, `.ods`, a password-protected Office file (an OLE
 * compound file with `EncryptionInfo`), a CSV, a web page, a PDF, a ZIP that is no workbook, a ZIP
 * cut short, an empty file. Hosts call it before loading a workbook or reading an export.
 *
 * @example sniffWorkbookFile(await fs.readFile('plan.xlsx')) // 'xlsx'
 * @example sniffWorkbookFile(await fs.readFile('renamed.ods')) // 'ods'
 */
export function sniffWorkbookFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const entries = zipDirectory(bytes);
    return entries === null ? 'damaged_zip' : zipKind(bytes, entries);
  }
  if (isCompoundFile(bytes)) return compoundKind(bytes);
  if (asciiText(bytes, 0, 5) === '%PDF-') return 'pdf';
  const head = bytes.subarray(0, 4096);
  return looksLikeText(head) ? textKind(head) : 'binary';
}

/**
 * Why the bytes cannot be read as a workbook, or `null` when they are an `.xlsx` this tool can
 * load: `not_a_workbook` with what they are instead (`sniffWorkbookFile`), or `workbook_too_large`
 * when a part would expand beyond `MAX_PART_BYTES`. Opening may still fail: a part damaged inside is the host's to name.
 *
 * @example workbookFileIssue(odsBytes) // { code: 'not_a_workbook', kind: 'ods' }
 */
export function workbookFileIssue(bytes: Uint8Array): FileIssue | null {
  const kind = sniffWorkbookFile(bytes);
  if (kind !== 'xlsx') return { code: 'not_a_workbook', kind };
  const largest = Math.max(0, ...(zipDirectory(bytes) ?? []).map((e) => e.uncompressedBytes));
  return largest > MAX_PART_BYTES
    ? { code: 'workbook_too_large', partBytes: largest, limitBytes: MAX_PART_BYTES }
    : null;
}
