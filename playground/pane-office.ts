/// <reference types="office-js" />
// The playground's stand-in for Office.js, loaded by the task pane's page in place of Microsoft's
// script (the playground server rewrites that one <script>): the in-memory Excel the tests use,
// installed as `Office`, `Excel` and `OfficeExtension` before the add-in's runtime runs, holding the
// workbook the address asks for (docs/taskpane.md, "The playground").
import '../taskpane/zod-jitless'; // first: the page's policy forbids eval
import { localDateOf } from '../src/engine/time/zoned';
import { createOfficeActions } from '../src/excel/create-office-actions';
import { DARK_OFFICE_THEME, installFakeOffice, type FakeExcel } from '../test/support/fake-excel';
import { gridOf, type GridLimits, type GridView } from './grid-model';
import { playgroundOptions } from './options';
import { googleAdsPaste, PASTE_TARGET } from './sample-export';

/** What the playground page (and the browser tests) reach in the pane's window. */
export interface PaneWindow {
  __fakeExcel: FakeExcel;
  __playground: PanePlayground;
  CustomFunctions: { associate(id: string, fn?: unknown): void };
}

export interface PanePlayground {
  /** Settles once the starting workbook is in place (the pane starts after it). */
  readonly ready: Promise<void>;
  /** Pastes a small Google Ads export into a new sheet and selects it, as a person would. */
  pasteExport(): Promise<void>;
  /** Presses a ribbon button: calls what the add-in registered for it, until it completes. */
  pressRibbon(name: string): Promise<void>;
  /** Selects a range (`B3:C4`) of a sheet, or activates the sheet, as a click in the grid does. */
  select(sheet: string, address?: string): Promise<void>;
  /** Turns Excel's cell edit mode on or off (a person typing in a cell: Excel refuses changes). */
  editCell(on: boolean): void;
  /** The active sheet as the grid shows it. */
  grid(limits: GridLimits): GridView;
  /** Changes whenever the workbook, the active sheet or the selection may have changed. */
  version(): string;
}

const page = window as unknown as PaneWindow;
const options = playgroundOptions(window.location.search);
const fake = installFakeOffice(window, options.theme === 'dark' ? { officeTheme: DARK_OFFICE_THEME } : {});
page.__fakeExcel = fake;
// Custom functions are registered with Excel, which the playground does not calculate with.
page.CustomFunctions = { associate: () => undefined };

/** The starting workbook: the sample campaign written as the pane's Try the sample writes it. */
async function seed(): Promise<void> {
  if (options.workbook !== 'sample') return;
  await createOfficeActions().createTemplate({ sample: true });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Campaigns').activate();
    await context.sync();
  });
}

const ready = seed();
const officeReady = Office.onReady.bind(Office);
// The add-in starts its pane on Office.onReady: after the starting workbook is written.
Office.onReady = ((callback?: (info: { host: Office.HostType; platform: Office.PlatformType }) => void) =>
  ready.then(() => officeReady(callback))) as typeof Office.onReady;

page.__playground = {
  ready,
  pasteExport: async () => {
    const today = localDateOf(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = sheets.getItemOrNullObject(PASTE_TARGET.sheet);
      await context.sync();
      const target = sheet.isNullObject ? sheets.add(PASTE_TARGET.sheet) : sheet;
      const range = target.getRange(PASTE_TARGET.range);
      range.values = googleAdsPaste(today);
      target.activate();
      range.select();
      await context.sync();
    });
  },
  pressRibbon: async (name) => {
    const action = fake.actions.get(name);
    if (action === undefined) throw new Error(`no ribbon action ${name} was registered`);
    await new Promise<void>((completed) => void action({ completed }));
  },
  select: async (sheet, address) => {
    await Excel.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      if (address !== undefined) target.getRange(address).select();
      await context.sync();
    });
  },
  editCell: (on) => fake.setCellEditMode(on),
  grid: (limits) => gridOf(fake, limits),
  version: () => {
    const { sheet, address } = fake.selection();
    return `${fake.syncCount} ${fake.activeSheet()} ${sheet}!${address}`;
  },
};
