import { InputError } from '../errors';
import { PackageError } from './package-error';

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
