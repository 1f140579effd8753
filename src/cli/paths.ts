import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { UsageError } from './errors';

/** Workbook files the CLI reads: `.xlsx`, and `.xlsm` (its macros kept as they are). */
const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'];

/**
 * The absolute path of an existing `.xlsx` (or `.xlsm`) file given on the command line, or a
 * `UsageError` (file not found, a directory, or not such a name).
 *
 * @example await existingWorkbook('/work', 'q3.xlsx', 'track') // '/work/q3.xlsx'
 */
export async function existingWorkbook(cwd: string, given: string, command: string): Promise<string> {
  const path = resolve(cwd, given);
  if (!WORKBOOK_EXTENSIONS.includes(extname(path).toLowerCase())) {
    throw new UsageError(
      `${given} is not an .xlsx workbook (Excel 2007 or later; save .xls or .csv files as .xlsx)`,
      command,
    );
  }
  const info = await stat(path).catch(() => null);
  if (info === null) throw new UsageError(`file not found: ${given}`, command);
  if (!info.isFile()) throw new UsageError(`${given} is not a file`, command);
  return path;
}

/**
 * The absolute path of a workbook to write, whose directory must exist; a `UsageError` otherwise.
 * Its extension must be `extension`: a macro-enabled workbook stays `.xlsm`, since Excel refuses
 * to open a file whose name and content disagree.
 *
 * @example await writableWorkbook('/work', 'out/run.xlsx', 'track') // '/work/out/run.xlsx'
 */
export async function writableWorkbook(
  cwd: string,
  given: string,
  command: string,
  extension = '.xlsx',
): Promise<string> {
  const path = resolve(cwd, given);
  if (extname(path).toLowerCase() !== extension)
    throw new UsageError(`${given} must end in ${extension}`, command);
  const dir = await stat(dirname(path)).catch(() => null);
  if (dir === null || !dir.isDirectory())
    throw new UsageError(`the folder of ${given} does not exist`, command);
  const target = await stat(path).catch(() => null);
  if (target !== null && !target.isFile()) throw new UsageError(`${given} is not a file`, command);
  return path;
}

/**
 * Where `track` writes by default: `<name>.tracked.xlsx` beside the input (`.xlsm` for an `.xlsm`).
 *
 * @example trackedPath('/work/q3.xlsx') // '/work/q3.tracked.xlsx'
 */
export function trackedPath(input: string): string {
  const extension = extname(input);
  return join(dirname(input), `${basename(input, extension)}.tracked${extension.toLowerCase()}`);
}
