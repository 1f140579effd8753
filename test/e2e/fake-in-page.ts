/// <reference types="office-js" />
import type { Page } from 'playwright-core';
import type { CellValue, WorkbookDescription } from '../support/fake-excel';
import type { StandInWindow } from './browser/stand-in-window';

// The test's hands on the in-memory Excel inside the page. Each function runs in the page
// (`page.evaluate` sends its source, so it may use only its argument and the page's globals).

/** The workbook as plain data (`FakeExcel.describe()`). */
export function workbookIn(page: Page): Promise<WorkbookDescription> {
  return page.evaluate(() => (window as unknown as StandInWindow).__fakeExcel.describe());
}

export interface SheetObjects {
  readonly charts: ReadonlyArray<{ type: string; title: string; source: { sheet: string } }>;
  readonly conditionalFormats: ReadonlyArray<{
    address: string;
    type: string;
    rule: Record<string, unknown> | null;
    format: { fill?: string; fontColor?: string };
  }>;
  readonly validations: ReadonlyArray<{ address: string; rule: Record<string, unknown> }>;
}

/** A sheet's charts, conditional formats and drop-downs, as the fake recorded them. */
export function sheetObjectsIn(page: Page, sheet: string): Promise<SheetObjects> {
  return page.evaluate((name) => {
    const fake = (window as unknown as StandInWindow).__fakeExcel;
    return {
      charts: fake.charts(name),
      conditionalFormats: fake.conditionalFormats(name),
      validations: fake.validations(name),
    };
  }, sheet);
}

/**
 * Writes cells as a person typing or pasting would, through the Excel API (`Range.values`, so Excel's
 * conversion applies: `2026-11-24 12:00` becomes a date), and selects them.
 */
export function typeIn(page: Page, sheet: string, address: string, values: CellValue[][]): Promise<void> {
  return page.evaluate(
    async (args) => {
      await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(args.sheet).getRange(args.address);
        range.values = args.values as (string | number | boolean)[][];
        range.select();
        await context.sync();
      });
    },
    { sheet, address, values },
  );
}

/** Adds an empty sheet (a person's own sheet, to paste into). */
export function addSheetIn(page: Page, name: string): Promise<void> {
  return page.evaluate(async (sheet) => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.add(sheet);
      await context.sync();
    });
  }, name);
}

/**
 * Presses a ribbon button: calls the function the add-in registered for `name` with
 * `Office.actions.associate`, as Excel does, and resolves once it calls `event.completed()`.
 */
export function pressRibbonButton(page: Page, name: string): Promise<void> {
  return page.evaluate(async (action) => {
    const registered = (window as unknown as StandInWindow).__fakeExcel.actions.get(action);
    if (registered === undefined) throw new Error(`no ribbon action ${action} was registered`);
    await new Promise<void>((completed) => void registered({ completed }));
  }, name);
}
