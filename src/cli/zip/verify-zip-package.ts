import { zipEntries, zipEntryBytes, ZipFormatError } from './zip-directory';

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** The target of the package's main part (`xl/workbook.xml`), from the package relationships. */
function mainPartName(rels: string): string | null {
  for (const tag of rels.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const type = /\bType\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? /\bType\s*=\s*'([^']*)'/.exec(tag)?.[1];
    const target = /\bTarget\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? /\bTarget\s*=\s*'([^']*)'/.exec(tag)?.[1];
    if (type !== undefined && target !== undefined && OFFICE_DOCUMENT.test(type)) {
      return decodeURIComponent(target.replace(/^\//, ''));
    }
  }
  return null;
}

/**
 * Checks that `bytes` are a whole Office package, as a staged workbook must be before it replaces
 * a user's file: a zip archive whose central directory and local headers agree, each entry named
 * once, every entry decompressing to its recorded size and CRC-32, with `[Content_Types].xml` and
 * the main part that `_rels/.rels` names. Throws `ZipFormatError` saying what is wrong.
 *
 * @example await stageFile(path, bytes, { verify: verifyZipPackage });
 */
export function verifyZipPackage(bytes: Uint8Array): void {
  const entries = zipEntries(bytes);
  const names = new Set<string>();
  let rels: string | null = null;
  for (const entry of entries) {
    // Part names are case-insensitive; some producers write Windows separators.
    const name = entry.name.replace(/\\/g, '/').toLowerCase();
    if (names.has(name)) throw new ZipFormatError(`${entry.name} is in the package twice`);
    names.add(name);
    const data = zipEntryBytes(bytes, entry);
    if (name === '_rels/.rels') rels = data.toString('utf8');
  }
  if (!names.has('[content_types].xml')) throw new ZipFormatError('[Content_Types].xml is missing');
  if (rels === null) throw new ZipFormatError('_rels/.rels is missing');
  const main = mainPartName(rels);
  if (main === null) throw new ZipFormatError('_rels/.rels names no main document');
  if (!names.has(main.toLowerCase())) throw new ZipFormatError(`the main part ${main} is missing`);
}
