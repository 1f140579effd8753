import { PackageError } from './package-error';
import { WorkbookPackage } from './workbook/workbook-package';
import type { ZipArchive } from './zip/zip-archive';

export interface VerifyOptions {
  /**
   * Archives this process has read: a part that is a byte-for-byte copy of one of their parts already
   * inflated and checked (`ZipArchive.isCheckedCopy`) is not inflated again (docs/reliability.md,
   * "What the check of a staged workbook reads").
   */
  readonly checked?: readonly ZipArchive[];
}

/**
 * Checks that bytes are a whole, readable workbook package, as the CLI is about to put them in
 * place of a file: the zip directory reads, every part inflates to its recorded size and checksum,
 * the workbook part, its relationships, sheets and tables are there. Throws the `PackageError` of
 * the first problem. Meant for a staged file read back from disk before its rename (a short write
 * or a damaged disk shows here), so it streams each part: memory stays bounded by one chunk. Parts
 * copied unchanged from a part already checked in `options.checked` are compared, not inflated.
 *
 * @example await verifyPackage(await readFile(stagedPath)); // throws PackageError when damaged
 */
export async function verifyPackage(bytes: Uint8Array, options: VerifyOptions = {}): Promise<void> {
  const pkg = WorkbookPackage.open(bytes);
  const checked = options.checked ?? [];
  for (const entry of pkg.zip.entries) {
    if (entry.name.endsWith('/')) continue;
    if (checked.some((source) => source.isCheckedCopy(pkg.zip, entry))) continue;
    for await (const chunk of pkg.zip.chunks(entry.name)) void chunk;
  }
  for (const sheet of pkg.sheets)
    if (sheet.part === null)
      throw new PackageError({ code: 'missing_part', part: `the part of sheet ${sheet.name}` });
}
