/// <reference types="office-js" />
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbook } from '../../src/cli/open-workbook';
import { runTrack } from '../../src/cli/track/run-track';
import { createOfficeActions } from '../../src/excel/create-office-actions';
import { counterIds } from '../../src/engine/testing/counter-ids';
import type { WorkbookHost } from '../../src/workbook/host';
import { bytesOf } from '../cli/helpers/xlsx-package';
import { LAUNCH_ID, WEBINAR_ID } from '../../src/workbook/template/sample-workbook';
import { toExcelJs } from '../support/fake-excel/exceljs-bridge';
import { sampleOnFake, SAMPLE_NOON } from '../support/sample-on-fake';

// Running twice on the same day replaces the campaign's Report and CMO Feedback sheets of the day
// (docs/outputs-in-workbook.md, "Running again on the same day"), and over several campaigns their
// Portfolio sheet ("The Portfolio sheet"), in both hosts: the same write plan.
const DAY = ['Report CMP-001 2026-11-24', 'CMO Feedback CMP-001 2026-11-24'];

/** The run's sheets and the Campaign History rows' Run ID and sheets, read through the host. */
async function runSheets(host: WorkbookHost) {
  const { sheets } = await host.inventory();
  const [history] = await host.read([{ source: { kind: 'table', name: 'CampaignHistory' } }]);
  const at = (header: string) => history?.header.indexOf(header) ?? -1;
  return {
    sheets: sheets.filter((s) => /^(Report|CMO Feedback) /.test(s)),
    history: (history?.rows ?? []).map((r) => [
      r[at('Run ID')],
      r[at('Report Sheet')],
      r[at('Feedback Sheet')],
    ]),
  };
}

/** The run id in a report or Portfolio sheet's identity block (the cell right of "Run ID"). */
async function runIdOnSheet(host: WorkbookHost, sheet: string): Promise<unknown> {
  const [grid] = await host.read([{ source: { kind: 'sheet', name: sheet } }]);
  const rows = grid === undefined ? [] : [grid.header, ...grid.rows];
  const row = rows.find((r) => r.includes('Run ID'));
  return row?.[row.indexOf('Run ID') + 1];
}

/** Running again over several campaigns: the Portfolio sheet is replaced too, never "(2)". */
const SEVERAL = [LAUNCH_ID, WEBINAR_ID];
const SEVERAL_SHEETS = [
  ...SEVERAL.flatMap((id) => [`Report ${id} 2026-11-24`, `CMO Feedback ${id} 2026-11-24`]),
  'Portfolio 2026-11-24',
];

/** The sheets every run writes that are named by date: each campaign's two, and the Portfolio sheet. */
async function datedSheets(host: WorkbookHost): Promise<string[]> {
  const { sheets } = await host.inventory();
  return sheets.filter((s) => /^(Report|CMO Feedback|Portfolio) /.test(s)).sort();
}

describe('running again on the same day replaces the day’s sheets (history rows stay)', () => {
  test('in Excel (the Office host over the in-memory Excel)', async () => {
    const { fake, host } = await sampleOnFake();
    try {
      const actions = createOfficeActions({ host, now: () => SAMPLE_NOON, newId: counterIds() });
      const runIds: string[] = [];
      for (let run = 0; run < 2; run += 1) {
        const preview = await actions.prepareRun({ campaignIds: null }, () => undefined);
        if (preview.kind !== 'preview') throw new Error(JSON.stringify(preview));
        const committed = await actions.commitRun(preview, () => undefined);
        if (committed.kind !== 'committed') throw new Error(JSON.stringify(committed));
        expect(committed.sheets).toEqual([{ campaignId: 'CMP-001', report: DAY[0], feedback: DAY[1] }]);
        runIds.push(preview.runId);
      }
      expect(await runSheets(host)).toEqual({
        sheets: DAY,
        history: runIds.map((id) => [id, ...DAY]),
      });
      expect(await runIdOnSheet(host, DAY[0] ?? '')).toBe(runIds[1]);
      expect(fake.charts(DAY[0] ?? '')).toHaveLength(2); // the new sheet's charts, not four
    } finally {
      fake.uninstall();
    }
  });

  test('in Excel, over several campaigns: the Portfolio sheet of the run replaced goes too', async () => {
    const { fake, host } = await sampleOnFake();
    try {
      const actions = createOfficeActions({ host, now: () => SAMPLE_NOON, newId: counterIds() });
      const runIds: string[] = [];
      for (let run = 0; run < 3; run += 1) {
        const preview = await actions.prepareRun({ campaignIds: SEVERAL }, () => undefined);
        if (preview.kind !== 'preview') throw new Error(JSON.stringify(preview));
        expect((await actions.commitRun(preview, () => undefined)).kind).toBe('committed');
        runIds.push(preview.runId);
      }
      expect(await datedSheets(host)).toEqual([...SEVERAL_SHEETS].sort());
      expect(await runIdOnSheet(host, 'Portfolio 2026-11-24')).toBe(runIds[2]);
    } finally {
      fake.uninstall();
    }
  });

  test('on files (the command line tracking its own tracked copy)', async () => {
    const { fake } = await sampleOnFake();
    const book = fake.describe();
    fake.uninstall();
    const dir = await mkdtemp(join(tmpdir(), 'co-same-day-'));
    const file = join(dir, 'plan.xlsx');
    await writeFile(file, await bytesOf(toExcelJs(book)));
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir, now: () => SAMPLE_NOON };
    const options = {
      output: file,
      memoryDir: join(dir, 'memory'),
      asOf: null,
      campaignIds: [],
      json: false,
    };
    const newId = counterIds();
    const runs = [];
    for (let run = 0; run < 2; run += 1)
      runs.push(await runTrack({ ...options, input: file }, { ...io, newId }));
    const host = await openWorkbook(file, 'plan.xlsx');
    const runIds = runs.map((r) => r.result.runId);
    expect(new Set(runIds).size).toBe(2);
    expect(await runSheets(host)).toEqual({ sheets: DAY, history: runIds.map((id) => [id, ...DAY]) });
    expect(await runIdOnSheet(host, DAY[0] ?? '')).toBe(runIds[1]);
  });

  test('on files, over several campaigns: the Portfolio sheet of the run replaced goes too', async () => {
    const { fake } = await sampleOnFake();
    const book = fake.describe();
    fake.uninstall();
    const dir = await mkdtemp(join(tmpdir(), 'co-same-day-several-'));
    const file = join(dir, 'plan.xlsx');
    await writeFile(file, await bytesOf(toExcelJs(book)));
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir, now: () => SAMPLE_NOON };
    const options = {
      output: file,
      memoryDir: join(dir, 'memory'),
      asOf: null,
      campaignIds: SEVERAL,
      json: false,
    };
    const newId = counterIds();
    const runIds: string[] = [];
    for (let run = 0; run < 3; run += 1)
      runIds.push((await runTrack({ ...options, input: file }, { ...io, newId })).result.runId);
    const host = await openWorkbook(file, 'plan.xlsx');
    expect(await datedSheets(host)).toEqual([...SEVERAL_SHEETS].sort());
    expect(await runIdOnSheet(host, 'Portfolio 2026-11-24')).toBe(runIds[2]);
  });
});
