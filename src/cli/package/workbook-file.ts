import { readFile } from 'node:fs/promises';
import { InputError } from '../errors';
import { PackageError } from './package-error';
import { PackageHost } from './package-host';

/**
 * Runs `work`, turning a package problem into an input error that names the file
 * (`plan.xlsx: the workbook has no sheet named Tasks`); any other failure passes as it is.
 *
 * @example await withWorkbookErrors('plan.xlsx', () => host.apply(plan));
 */
export async function withWorkbookErrors<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof PackageError) throw new InputError([`${name}: ${e.message}`]);
    throw e;
  }
}

/**
 * Reads a workbook file into a package host; a file that is not a workbook this tool reads is an
 * input error naming it (`name` is the path as the user wrote it).
 *
 * @example const host = await openWorkbookFile('/work/plan.xlsx', 'plan.xlsx');
 */
export async function openWorkbookFile(path: string, name: string): Promise<PackageHost> {
  const bytes = new Uint8Array(await readFile(path));
  return withWorkbookErrors(name, () => PackageHost.open(bytes));
}
