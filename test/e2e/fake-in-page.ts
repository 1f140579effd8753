/// <reference types="office-js" />
import type { Frame } from 'playwright-core';
import type { PaneWindow } from '../../playground/pane-office';
import type { CellValue, WorkbookDescription } from '../support/fake-excel';

// The test's hands on the in-memory Excel inside the pane's frame (the playground's stand-in for
// Office.js). Each function runs in the frame (`evaluate` sends its source, so it may use only its
// argument and the frame's globals).

/** The workbook as plain data (`FakeExcel.describe()`). */
export function workbookIn(pane: Frame): Promise<WorkbookDescription> {
  return pane.evaluate(() => (window as unknown as PaneWindow).__fakeExcel.describe());
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
export function sheetObjectsIn(pane: Frame, sheet: string): Promise<SheetObjects> {
  return pane.evaluate((name) => {
    const fake = (window as unknown as PaneWindow).__fakeExcel;
    return {
      charts: fake.charts(name),
      conditionalFormats: fake.conditionalFormats(name),
      validations: fake.validations(name),
    };
  }, sheet);
}

/** The selected range and the active sheet, as a person sees them in Excel. */
export function selectionIn(pane: Frame): Promise<{ sheet: string; address: string; active: string }> {
  return pane.evaluate(() => {
    const fake = (window as unknown as PaneWindow).__fakeExcel;
    return { ...fake.selection(), active: fake.activeSheet() };
  });
}

/**
 * Writes cells as a person typing or pasting would, through the Excel API (`Range.values`, so Excel's
 * conversion applies: `2026-11-24 12:00` becomes a date), and selects them.
 */
export function typeIn(pane: Frame, sheet: string, address: string, values: CellValue[][]): Promise<void> {
  return pane.evaluate(
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

/** The playground's Paste a Google Ads export: a new sheet holding the export, selected. */
export function pasteExportIn(pane: Frame): Promise<void> {
  return pane.evaluate(() => (window as unknown as PaneWindow).__playground.pasteExport());
}

/** Turns Excel's cell edit mode on or off (a person typing in a cell). */
export function editCellIn(pane: Frame, on: boolean): Promise<void> {
  return pane.evaluate((editing) => (window as unknown as PaneWindow).__playground.editCell(editing), on);
}

/**
 * Presses a ribbon button: calls the function the add-in registered for `name` with
 * `Office.actions.associate`, as Excel does, and resolves once it calls `event.completed()`.
 */
export function pressRibbonButton(pane: Frame, name: string): Promise<void> {
  return pane.evaluate((action) => (window as unknown as PaneWindow).__playground.pressRibbon(action), name);
}

/** How often the add-in asked Excel to show its pane (`Office.addin.showAsTaskpane`). */
export function paneShowsIn(pane: Frame): Promise<number> {
  return pane.evaluate(() => (window as unknown as PaneWindow).__fakeExcel.taskpane.shows);
}
