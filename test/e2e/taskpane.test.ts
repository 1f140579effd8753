import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addinBuildOnce } from '../addin/addin-build-once';
import { DARK_OFFICE_THEME, type WorkbookDescription } from '../support/fake-excel';
import { buildOfficeStandIn, STAND_IN_FILE } from './fake-office-bundle';
import { addSheetIn, pressRibbonButton, sheetObjectsIn, typeIn, workbookIn } from './fake-in-page';
import { GOOGLE_ADS_PASTE, IMPORTED_ROWS, NOV_23, NOV_24, PASTE } from './google-ads-paste';
import { launchPaneBrowser, type PaneBrowser, type PanePage } from './pane-browser';
import { axeViolationsIn, overflowIn } from './page-checks';
import {
  addSampleCampaign,
  applyPreview,
  askToRevert,
  confirmImport,
  confirmRevert,
  importPastedRange,
  listItemsIn,
  runChecks,
  typeAsOf,
} from './pane-steps';
import { paneScreenshot, pngSize, saveScreenshotIfAsked, SCREENSHOT_FILE } from './screenshot';
import { serveFolders, type StaticServer } from './static-server';
import { cellsOf, jsonBlockOf, tableRecords } from './workbook-reads';

// The production task pane in headless Chromium over the in-memory Excel (docs/testing-office.md).
// The browser's clock is fixed at 2026-11-24 10:00 in New York, so the sample campaign is built
// around that day; Settings As Of fixes the report time at noon the same day, so runs compare.
const NOW = new Date('2026-11-24T15:00:00Z');
const AS_OF_TYPED = '2026-11-24 12:00';
/** Excel's serial of 2026-11-24 12:00 (46350 is 2026-11-24; the cell holds New York wall time). */
const AS_OF_SERIAL = 46350.5;
const REPORT = 'Report CMP-001 2026-11-24';
const FEEDBACK = 'CMO Feedback CMP-001 2026-11-24';
const INPUT_SHEETS = ['Campaigns', 'Tasks', 'KPIs', 'ChannelMetrics', 'TaskUpdates', 'Settings'];

const work = mkdtempSync(join(tmpdir(), 'co-e2e-'));
let server: StaticServer | undefined;
let browser: PaneBrowser | undefined;
const opened: PanePage[] = [];
/** The pane's run, for the ribbon's to be compared with. */
let paneReport: unknown;

beforeAll(async () => {
  const standIn = join(work, 'stand-in');
  const [{ out }] = await Promise.all([addinBuildOnce(), buildOfficeStandIn(standIn)]);
  server = await serveFolders({ '/': out, '/stand-in/': standIn });
  browser = await launchPaneBrowser({
    origin: server.origin,
    standInUrl: `${server.origin}/stand-in/${STAND_IN_FILE}`,
    now: NOW,
    timeZone: 'America/New_York',
  });
}, 300_000);

afterEach(async () => {
  const pages = opened.splice(0);
  for (const pane of pages) await pane.close();
  // No console error, page error, refused request or CSP violation in any page of the test.
  expect(pages.flatMap((p) => p.faults)).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

async function openPane(options: Parameters<PaneBrowser['open']>[0] = {}): Promise<PanePage> {
  if (browser === undefined) throw new Error('the browser did not start');
  const pane = await browser.open(options);
  opened.push(pane);
  return pane;
}

/** axe (colour contrast included) and the 320 px layout, in the state the pane shows now. */
async function expectAccessible(pane: PanePage, state: string): Promise<void> {
  expect({ state, violations: await axeViolationsIn(pane.page) }).toEqual({ state, violations: [] });
  expect({ state, overflow: await overflowIn(pane.page) }).toEqual({ state, overflow: [] });
}

const ids = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (key, v: unknown) =>
    ['report_id', 'feedback_id', 'run_id'].includes(key) ? '<id>' : v,
  );

const inputCells = (book: WorkbookDescription) =>
  Object.fromEntries(INPUT_SHEETS.map((sheet) => [sheet, cellsOf(book, sheet)]));

describe('the task pane in Chromium over the in-memory Excel', () => {
  test('Create template → Run checks → preview → Apply → Revert, the workbook checked after each', async () => {
    const pane = await openPane();
    const { page } = pane;
    await expectAccessible(pane, 'opened on an empty workbook');

    // Set up: the sample campaign's input tables, with their drop-downs.
    await addSampleCampaign(page);
    await page.getByRole('heading', { name: 'Added 6 sheets' }).waitFor();
    await expectAccessible(pane, 'sample added');
    const template = await workbookIn(page);
    expect(template.tables?.map((t) => t.name)).toEqual(INPUT_SHEETS);
    expect(tableRecords(template, 'Campaigns').map((c) => [c['Campaign ID'], c['Status']])).toEqual([
      ['CMP-001', 'active'],
      ['CMP-002', 'paused'],
    ]);
    expect(tableRecords(template, 'Tasks')).toHaveLength(16 + 3); // the launch's 16 tasks, the webinar's 3
    expect(tableRecords(template, 'TaskUpdates').map((u) => u['Outcome'])).toEqual([
      'applied', // handled by an earlier run
      ...Array<null>(6).fill(null),
    ]);
    const statusList = 'pending,in_progress,completed,blocked,failed,cancelled';
    expect((await sheetObjectsIn(page, 'Tasks')).validations).toEqual([
      { address: 'D2:D20', rule: { list: { inCellDropDown: true, source: statusList } } },
      { address: 'E2:E20', rule: { list: { inCellDropDown: true, source: 'TRUE,FALSE' } } },
    ]);
    expect((await sheetObjectsIn(page, 'TaskUpdates')).validations).toEqual([
      { address: 'B2:B8', rule: { list: { inCellDropDown: true, source: `${statusList},retry` } } },
    ]);
    for (const sheet of ['Campaigns', 'KPIs', 'ChannelMetrics', 'Settings'])
      expect((await sheetObjectsIn(page, sheet)).validations.length).toBeGreaterThan(0);

    await typeAsOf(page, AS_OF_TYPED);
    const beforeRun = await workbookIn(page);
    expect(tableRecords(beforeRun, 'Settings')[0]).toEqual({ Key: 'As Of', Value: AS_OF_SERIAL });

    // Track → Run checks: the preview, nothing written yet.
    await runChecks(page);
    await expectAccessible(pane, 'preview');
    const preview = page.getByRole('region', { name: 'Review before writing' });
    // Noon in New York is 17:00 UTC; the pane shows the report time as the run gives it (in UTC).
    expect(await preview.getByText('Report time 2026-11-24 17:00 (UTC)').count()).toBe(1);
    await preview.getByRole('heading', { name: 'Status changes (4)' }).waitFor();
    await preview.getByRole('heading', { name: 'Rejected updates (2)' }).waitFor();
    // By the rules (docs/rules.md) over the sample's updates, in Updated At order: T14 has no
    // dependency, T15 completes, T07's retry is attempt 1 of 3, T16 is cancelled with a reason;
    // T08 waits on T06 (in progress) and a completed T05 cannot go back to in progress.
    const items = await listItemsIn(page, 'Review before writing');
    expect(items.map((text) => text.split('\n')[0])).toEqual([
      'T14 Press release distribution: pending → in_progress',
      'T15 Analyst briefings (Gartner, Forrester): in_progress → completed',
      'T07 Meta retargeting audiences: in_progress → in_progress',
      'T16 Launch recap for the CMO: pending → cancelled',
      'TaskUpdates!B5: T08 → in_progress',
      'TaskUpdates!B7: T05 → in_progress',
    ]);
    expect(items[2]).toContain('attempt 1 of 3 failed');
    expect(items[4]).toContain('waiting on T06 (in_progress)');
    expect(inputCells(await workbookIn(page))).toEqual(inputCells(beforeRun));

    // Apply: statuses, outcomes, the Task Log, the report and feedback sheets.
    await applyPreview(page);
    await page.getByText('Applied 4 status changes; rejected 2 updates.').waitFor();
    const shot = await paneScreenshot(page, 1000);
    expect(pngSize(shot)).toEqual({ width: 320, height: 1000 });
    saveScreenshotIfAsked(shot);
    await expectAccessible(pane, 'summary');

    const after = await workbookIn(page);
    const status = (book: WorkbookDescription) =>
      Object.fromEntries(tableRecords(book, 'Tasks').map((t) => [t['Task ID'], t['Status']]));
    expect(status(after)).toEqual({
      ...status(beforeRun),
      T14: 'in_progress',
      T15: 'completed',
      T16: 'cancelled',
    });
    const t07 = tableRecords(after, 'Tasks').find((t) => t['Task ID'] === 'T07');
    expect(t07?.['Attempts']).toBe(1);
    expect(
      tableRecords(after, 'TaskUpdates').map((u) => [u['Task ID'], u['Applied At'], u['Outcome']]),
    ).toEqual([
      ['T09', tableRecords(beforeRun, 'TaskUpdates')[0]?.['Applied At'], 'applied'],
      ['T14', AS_OF_SERIAL, 'applied'],
      ['T15', AS_OF_SERIAL, 'applied'],
      [
        'T08',
        null,
        'rejected: waiting on T06 (in_progress); a task starts when every task it depends on is completed',
      ],
      ['T07', AS_OF_SERIAL, 'applied'],
      ['T05', null, 'rejected: a completed task cannot become in_progress'],
      ['T16', AS_OF_SERIAL, 'applied'],
    ]);
    const report = jsonBlockOf(after, REPORT) as Record<string, unknown>;
    const feedback = jsonBlockOf(after, FEEDBACK) as Record<string, unknown>;
    paneReport = report;
    const log = tableRecords(after, 'TaskLog');
    expect(log.map((r) => [r['Run ID'], r['Task ID'], r['From'], r['To'], r['Update']])).toEqual([
      [report['run_id'], 'T14', 'pending', 'in_progress', 'TaskUpdates!A3'],
      [report['run_id'], 'T15', 'in_progress', 'completed', 'TaskUpdates!A4'],
      [report['run_id'], 'T07', 'in_progress', 'in_progress', 'TaskUpdates!A6'],
      [report['run_id'], 'T16', 'pending', 'cancelled', 'TaskUpdates!A8'],
    ]);
    // Only the active campaign is tracked: one Report and one CMO Feedback sheet.
    expect(after.sheets.map((s) => s.name).filter((n) => /^(Report|CMO Feedback) /.test(n))).toEqual([
      REPORT,
      FEEDBACK,
    ]);
    expect(report).toMatchObject({
      campaign_id: 'CMP-001',
      timestamp: '2026-11-24T17:00:00.000Z', // noon in New York (UTC−5 in November)
      task_completion_rate_pct: 37.5, // 6 of the launch's 16 tasks completed (T01–T05 and T15)
    });
    expect(feedback).toMatchObject({ campaign_id: 'CMP-001', report_id: report['report_id'] });
    expect(tableRecords(after, 'CampaignHistory').map((r) => [r['Campaign ID'], r['Report Sheet']])).toEqual([
      ['CMP-001', REPORT],
    ]);
    const objects = await sheetObjectsIn(page, REPORT);
    expect(objects.charts.map((c) => [c.type, c.title])).toEqual([
      ['BarClustered', 'KPI percent of target'],
      ['ColumnClustered', 'Spend and CPA by channel (USD)'],
    ]);
    // Percent of target: red below Performance Threshold % (50), amber to 100, green from 100, over
    // the five KPIs with a figure (MQLs waits for data).
    const rag = objects.conditionalFormats.map((f) => [f.rule?.['operator'], f.format.fill]);
    expect(rag.sort()).toEqual([
      ['Between', '#F9A825'],
      ['GreaterThanOrEqual', '#2E7D32'],
      ['LessThan', '#C62828'],
    ]);
    const addresses = new Set(objects.conditionalFormats.map((f) => f.address));
    expect(addresses.size).toBe(1);
    expect([...addresses][0]).toMatch(/^([A-Z])(\d+):\1(\d+)$/);
    const [, , top = '0', bottom = '0'] = /^([A-Z])(\d+):\1(\d+)$/.exec([...addresses][0] ?? '') ?? [];
    expect(Number(bottom) - Number(top) + 1).toBe(5);

    // Revert: the input cells as Create template wrote them (and As Of as typed); the run's sheets gone.
    await askToRevert(page);
    await expectAccessible(pane, 'revert confirmation');
    await confirmRevert(page);
    await expectAccessible(pane, 'reverted');
    expect(await listItemsIn(page, 'Last run reverted')).toEqual([REPORT, FEEDBACK]);
    const reverted = await workbookIn(page);
    expect(inputCells(reverted)).toEqual({
      ...inputCells(template),
      Settings: cellsOf(beforeRun, 'Settings'),
    });
    expect(reverted.sheets.map((s) => s.name)).not.toContain(REPORT);
    expect(reverted.sheets.map((s) => s.name)).not.toContain(FEEDBACK);
  }, 120_000);

  test('the ribbon’s Run checks writes the report the pane wrote for the same As Of', async () => {
    expect(paneReport).toBeDefined();
    const pane = await openPane();
    await addSampleCampaign(pane.page);
    await typeAsOf(pane.page, AS_OF_TYPED);
    await pressRibbonButton(pane.page, 'runChecks');
    // The command writes without a preview, shows the new report sheet, and the open pane shows the run.
    await pane.page.getByRole('heading', { name: 'Checks done' }).waitFor();
    const book = await workbookIn(pane.page);
    expect(book.activeSheet).toBe(REPORT);
    expect(ids(jsonBlockOf(book, REPORT))).toEqual(ids(paneReport));
  }, 60_000);

  test('Import pasted range: a Google Ads export pasted into a sheet → preview → Import', async () => {
    const pane = await openPane();
    const { page } = pane;
    await addSampleCampaign(page);
    await addSheetIn(page, PASTE.sheet);
    await typeIn(page, PASTE.sheet, PASTE.range, GOOGLE_ADS_PASTE); // pasted, then selected
    const before = await workbookIn(page);

    await importPastedRange(page);
    await expectAccessible(pane, 'import preview');
    const preview = page.getByRole('region', { name: 'Review the import' });
    // 4 rows below the header: 3 rows, one per ad campaign and day, and the total.
    await preview.getByText(`pasted range ${PASTE.sheet}!${PASTE.range}`).waitFor();
    await preview.getByText(/^Google Ads export \(confidence 0\.\d\d\), in USD$/).waitFor();
    await preview
      .getByText('4 rows read: 2 added, 1 replaced, 0 skipped; dropped 1 total row and 0 empty rows')
      .waitFor();
    expect(await page.getByRole('status').textContent()).toBe(
      'Import ready to review: 2 added, 1 replaced, 0 skipped.',
    );
    // The review: what will be written, row by row.
    const written = preview.getByRole('list', { name: 'Rows as they will be written' });
    expect(await written.getByRole('listitem').count()).toBe(3);
    expect(await workbookIn(page)).toEqual(before); // nothing written before Import

    await confirmImport(page);
    await expectAccessible(pane, 'imported');
    const after = await workbookIn(page);
    const imported = (r: Record<string, unknown>) =>
      r['Campaign ID'] === 'CMP-001' &&
      r['Channel'] === 'Google Ads – Search' &&
      (r['Date'] === NOV_23 || r['Date'] === NOV_24);
    const rowsBefore = tableRecords(before, 'ChannelMetrics');
    const rowsAfter = tableRecords(after, 'ChannelMetrics');
    expect(rowsAfter.filter(imported)).toEqual(IMPORTED_ROWS);
    // 2026-11-23's row taken over by Brand where it was, Generic and 2026-11-24 appended; every other row as it was.
    const at = (rows: typeof rowsAfter, date: number) =>
      rows.findIndex((r) => imported(r) && r['Date'] === date);
    expect(at(rowsAfter, NOV_23)).toBe(at(rowsBefore, NOV_23));
    expect(at(rowsBefore, NOV_24)).toBe(-1);
    expect(at(rowsAfter, NOV_24)).toBe(rowsBefore.length + 1);
    expect(rowsAfter.filter((r) => !imported(r))).toEqual(rowsBefore.filter((r) => !imported(r)));
    expect(cellsOf(after, PASTE.sheet)).toEqual(cellsOf(before, PASTE.sheet)); // the paste left as it is
  }, 60_000);

  test('no accessibility violations in Office’s dark theme either', async () => {
    const pane = await openPane({ officeTheme: DARK_OFFICE_THEME });
    const { page } = pane;
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('.fui-FluentProvider') ?? document.body).backgroundColor,
    );
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(Math.max(r, g, b)).toBeLessThan(80); // the pane follows Office into the dark theme
    await expectAccessible(pane, 'dark: opened');
    await addSampleCampaign(page);
    await expectAccessible(pane, 'dark: sample added');
    await typeAsOf(page, AS_OF_TYPED);
    await runChecks(page);
    await expectAccessible(pane, 'dark: preview');
    await applyPreview(page);
    await expectAccessible(pane, 'dark: summary');
    await askToRevert(page);
    await expectAccessible(pane, 'dark: revert confirmation');
    // Import pasted range with one cell selected: the problems, with nothing written.
    await page.getByRole('tab', { name: 'Import' }).click();
    await page.getByRole('button', { name: 'Import pasted range' }).click();
    await page.getByRole('heading', { name: 'Nothing was imported' }).waitFor();
    await expectAccessible(pane, 'dark: import problems');
  }, 60_000);

  test('the committed screenshot is the pane at 320 px', () => {
    expect(pngSize(readFileSync(SCREENSHOT_FILE)).width).toBe(320);
  });

  test('a CSP violation in the page is caught (the check can fail)', async () => {
    if (browser === undefined) throw new Error('the browser did not start');
    const pane = await browser.open();
    try {
      await pane.page.evaluate(
        () =>
          new Promise<void>((reported) => {
            document.addEventListener('securitypolicyviolation', () => reported(), { once: true });
            const script = document.createElement('script');
            script.textContent = 'document.title = "inline"';
            document.head.append(script);
          }),
      );
      expect(await pane.page.title()).toBe('Campaign Operator'); // the inline script never ran
    } finally {
      await pane.close();
    }
    expect(pane.faults.join('\n')).toMatch(/CSP violation: script-src/);
  });
});
