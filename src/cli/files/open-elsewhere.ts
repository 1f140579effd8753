import { readdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

/**
 * The names of the owner files an office program keeps beside a document it has open: Excel's
 * `~$<name>` and LibreOffice's `.~lock.<name>#`.
 *
 * @example ownerFileNames('q3.xlsx') // ['~$q3.xlsx', '.~lock.q3.xlsx#']
 */
export function ownerFileNames(name: string): string[] {
  return [`~$${name}`, `.~lock.${name}#`];
}

/**
 * The owner file of an office program found beside `real` (the workbook, links followed), or
 * `null`: a sign that Excel or LibreOffice has the workbook open, and that its next save would
 * replace what this run writes. A program that crashed leaves such a file behind, so this is a
 * warning, never a refusal.
 *
 * @example await ownerFileBeside('/work/q3.xlsx') // '~$q3.xlsx' while Excel has it open
 */
export async function ownerFileBeside(real: string): Promise<string | null> {
  const names = new Set(ownerFileNames(basename(real)));
  const entries = await readdir(dirname(real)).catch(() => [] as string[]);
  return entries.find((e) => names.has(e)) ?? null;
}
