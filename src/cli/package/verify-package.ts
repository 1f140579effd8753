import { PackageError } from './package-error';
import { WorkbookPackage } from './workbook/workbook-package';

/**
 * Checks that bytes are a whole, readable workbook package, as the CLI is about to put them in
 * place of a file: the zip directory reads, every part inflates to its recorded size and checksum,
 * the workbook part, its relationships, sheets and tables are there. Throws the `PackageError` of
 * the first problem. Meant for a staged file read back from disk before its rename (a short write
 * or a damaged disk shows here), so it streams each part: memory stays bounded by one chunk.
 *
 * @example await verifyPackage(await readFile(stagedPath)); // throws PackageError when damaged
 */
export async function verifyPackage(bytes: Uint8Array): Promise<void> {
  const pkg = WorkbookPackage.open(bytes);
  for (const entry of pkg.zip.entries) {
    if (entry.name.endsWith('/')) continue;
    for await (const chunk of pkg.zip.chunks(entry.name)) void chunk;
  }
  for (const sheet of pkg.sheets)
    if (sheet.part === null)
      throw new PackageError({ code: 'missing_part', part: `the part of sheet ${sheet.name}` });
}
