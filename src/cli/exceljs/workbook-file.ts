import ExcelJS from 'exceljs';
import { ExcelJsHost } from './exceljs-host';
import { NO_PACKAGE_FACTS, readPackageFacts, type PackageFacts } from './package-facts';
import { repairLoadedTables } from './table-model';

/** The bytes are not an `.xlsx` workbook ExcelJS can read. */
export class UnreadableWorkbookError extends Error {
  override readonly name = 'UnreadableWorkbookError';
}

export interface LoadedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly facts: PackageFacts;
  readonly host: ExcelJsHost;
}

/**
 * Loads an `.xlsx` workbook from its bytes, with its tables repaired (table-model.ts) and the facts
 * ExcelJS forgets, ready to be read and changed through the host.
 *
 * @example const { host } = await loadWorkbook(await fs.readFile('plan.xlsx'));
 */
export async function loadWorkbook(bytes: Uint8Array): Promise<LoadedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  let facts: PackageFacts;
  try {
    facts = await readPackageFacts(bytes);
    // ExcelJS declares its own `Buffer` (an ArrayBuffer) in its types; at run time it takes a Node Buffer.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    repairLoadedTables(workbook, facts);
  } catch (e) {
    throw new UnreadableWorkbookError(e instanceof Error ? e.message : String(e));
  }
  // A workbook always has a sheet: none loaded means its sheets' parts are missing.
  if (workbook.worksheets.length === 0) throw new UnreadableWorkbookError('no worksheet could be loaded');
  return { workbook, facts, host: new ExcelJsHost(workbook, facts) };
}

/**
 * A new empty workbook with its host (for `init`).
 *
 * @example const { workbook, host } = newWorkbook(); await host.apply(templatePlan);
 */
export function newWorkbook(): LoadedWorkbook {
  const workbook = new ExcelJS.Workbook();
  return { workbook, facts: NO_PACKAGE_FACTS, host: new ExcelJsHost(workbook) };
}

/**
 * The `.xlsx` bytes of a workbook.
 *
 * @example await fs.writeFile('out.xlsx', await workbookBytes(workbook))
 */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
