/// <reference types="office-js" />
import { installFakeOffice, type FakeExcel, type InstallOptions, type WorkbookDescription } from './index';

/** Installs the fake on `globalThis` for one test; `done()` uninstalls it. */
export function withFake(
  workbook?: WorkbookDescription,
  options: Omit<InstallOptions, 'workbook'> = {},
): FakeExcel {
  return installFakeOffice(globalThis, workbook === undefined ? options : { ...options, workbook });
}

/** Runs a batch and returns the error it rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<OfficeExtension.Error> {
  try {
    await promise;
  } catch (error) {
    return error as OfficeExtension.Error;
  }
  throw new Error('expected the batch to fail');
}

/** The error a synchronous call throws. */
export function thrown(call: () => unknown): OfficeExtension.Error {
  try {
    call();
  } catch (error) {
    return error as OfficeExtension.Error;
  }
  throw new Error('expected the call to throw');
}

export const TASKS: WorkbookDescription = {
  sheets: [
    {
      name: 'Tasks',
      rows: [
        ['ID', 'Task', 'Due', 'Budget'],
        ['T-1', 'Brief', { value: 46350, numberFormat: 'yyyy-mm-dd' }, 1200],
        ['T-2', 'Launch', { value: 46357, numberFormat: 'yyyy-mm-dd' }, 3400.5],
      ],
    },
    { name: 'Settings', rows: [['As Of', '2026-11-24']] },
  ],
  tables: [{ name: 'TaskTable', sheet: 'Tasks', range: 'A1:D3' }],
};
