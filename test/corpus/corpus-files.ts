import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { partText, type Parts } from './package-diff';
import { sharedOwnedParts } from './owned-parts';
import { elementsOf, localName, parseXml } from './xml-tree';

/** The real-world workbooks (test/corpus/SOURCES.md says where each comes from). */
export const CORPUS_FOLDER = join(__dirname, 'files');

/** One workbook of the corpus. */
export interface CorpusFile {
  /** File name, e.g. `poi-simple-monthly-budget.xlsx`. */
  readonly name: string;
  readonly path: string;
  /** `.xlsx` or `.xlsm`: the tracked copy keeps it. */
  readonly extension: string;
}

/**
 * Every workbook in test/corpus/files, by name.
 *
 * @example corpusFiles().map((f) => f.name) // ['calamine-date_1904.xlsx', ...]
 */
export function corpusFiles(): CorpusFile[] {
  return readdirSync(CORPUS_FOLDER)
    .filter((name) => /\.xls[xm]$/.test(name))
    .sort()
    .map((name) => ({ name, path: join(CORPUS_FOLDER, name), extension: extname(name) }));
}

/**
 * Whether the workbook's structure is protected (Review > Protect Workbook, `lockStructure`): Excel
 * adds no sheet to it, so neither the add-in nor `init --add` can (test/corpus/README.md).
 *
 * @example structureLocked(await readParts(bytes)) // true for <workbookProtection lockStructure="1"/>
 */
export function structureLocked(parts: Parts): boolean {
  for (const [name, role] of sharedOwnedParts(parts)) {
    if (role !== 'workbook') continue;
    const workbook = parseXml(partText(parts.get(name) ?? new Uint8Array()));
    const protection = elementsOf(workbook).find((e) => localName(e.name) === 'workbookProtection');
    const lock = protection?.attributes.get('lockStructure');
    return lock === '1' || lock === 'true';
  }
  return false;
}
