/// <reference types="office-js" />
import { OfficeWorkbookHost, type OfficeHostOptions } from '../../src/excel/host/office-workbook-host';
import type { RetryPolicy } from '../../src/excel/cell-edit-retry';
import {
  installFakeOffice,
  type FakeExcel,
  type InstallOptions,
  type WorkbookDescription,
} from './fake-excel';

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
  options: OfficeHostOptions & Omit<InstallOptions, 'workbook'> = {},
): { fake: FakeExcel; host: OfficeWorkbookHost } {
  const { retry, requestBudgetBytes, ...install } = options;
  const fake = installFakeOffice(globalThis, workbook === undefined ? install : { ...install, workbook });
  const hostOptions = {
    retry: retry ?? instantRetry(),
    ...(requestBudgetBytes === undefined ? {} : { requestBudgetBytes }),
  };
  return { fake, host: new OfficeWorkbookHost(hostOptions) };
}

/**
 * A host that has taken the workbook's inventory (as every run does first: it also learns the date
 * system there), with the sync log cleared, so a test counts only what it calls next.
 */
export async function inventoried(host: OfficeWorkbookHost, fake: FakeExcel): Promise<void> {
  await host.inventory();
  fake.resetSyncLog();
}

/** The syncs that wrote, without the recalculation `apply` asks for at the end. */
export function writeSyncs(fake: FakeExcel): FakeExcel['syncs'] {
  const last = fake.syncs[fake.syncs.length - 1];
  return last?.calculated === undefined ? fake.syncs : fake.syncs.slice(0, -1);
}

/** The two ways Excel may grow a table over rows written below it: the fake runs tests both ways. */
export const AUTO_EXPANSION_MODES = ['full', 'none'] as const;
