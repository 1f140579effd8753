import type { FakeExcel, InstallOptions } from '../../support/fake-excel';

/**
 * What the stand-in for Office.js adds to the page's `window`, and what the test sets before it runs
 * (`__fakeOfficeOptions`, from an init script).
 */
export interface StandInWindow {
  /** The workbook, theme and requirement sets to start with. */
  __fakeOfficeOptions?: InstallOptions;
  /** The installed fake's handle, for the test to read and change the workbook. */
  __fakeExcel: FakeExcel;
  /** Ids passed to `CustomFunctions.associate`, in order. */
  __customFunctions: string[];
  CustomFunctions: { associate(id: string, fn?: unknown): void };
}
