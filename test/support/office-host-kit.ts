/// <reference types="office-js" />
import { OfficeWorkbookHost, type OfficeHostOptions } from '../../src/excel/host/office-workbook-host';
import type { RetryPolicy } from '../../src/excel/cell-edit-retry';
import { installFakeOffice, type FakeExcel, type WorkbookDescription } from './fake-excel';

/** Retries without waiting, recording the waits asked for. */
export function instantRetry(retries = 5): RetryPolicy & { readonly waits: number[] } {
  const waits: number[] = [];
  return {
    delaysMs: Array.from({ length: retries }, (_, i) => 100 * 2 ** i),
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    waits,
  };
}

/** The fake installed on `globalThis` with `workbook`, and a host over it that never waits. */
export function fakeHost(
  workbook?: WorkbookDescription,
  options: OfficeHostOptions = {},
): { fake: FakeExcel; host: OfficeWorkbookHost } {
  const fake = installFakeOffice(globalThis, workbook === undefined ? {} : { workbook });
  return { fake, host: new OfficeWorkbookHost({ retry: instantRetry(), ...options }) };
}
