/// <reference types="office-js" />
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesOf, reopen } from '../cli/helpers/xlsx-package';
import { runTrack } from '../../src/cli/track/run-track';
import { createOfficeActions } from '../../src/excel/create-office-actions';
import { runChecks } from '../../src/excel/ribbon/run-checks';
import { RunOutcomeChannel } from '../../src/excel/ribbon/run-outcome-channel';
import { counterIds } from '../../src/engine/testing/counter-ids';
import { fromExcelJs, toExcelJs } from '../support/fake-excel/exceljs-bridge';
import type { CellInput, WorkbookDescription } from '../support/fake-excel';
import { sampleOnFake, SAMPLE_NOON } from '../support/sample-on-fake';

/** The run's ids and its run time are not compared: each host draws its own. */
function withoutIds(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) =>
    ['report_id', 'feedback_id', 'run_id'].includes(key) ? '<id>' : v,
  );
}

/** A sheet's cell values by address; numbers to 9 decimals (ExcelJS keeps dates as JS dates). */
function cellsOf(book: WorkbookDescription, sheet: string): Record<string, unknown> {
  const found = book.sheets.find((s) => s.name === sheet);
  const out: Record<string, unknown> = {};
  const put = (address: string, input: CellInput) => {
    const value = typeof input === 'object' && input !== null && !('error' in input) ? input.value : input;
    if (value === null || value === undefined || value === '') return;
    out[address] = typeof value === 'number' ? Math.round(value * 1e9) / 1e9 : value;
  };
  for (const [address, input] of Object.entries(found?.cells ?? {})) put(address, input);
  found?.rows?.forEach((row, r) =>
    row.forEach((input, c) => put(`${String.fromCharCode(65 + c)}${r + 1}`, input)),
  );
  return out;
}

describe('parity: the CLI (ExcelJS), the task pane and the ribbon (Office.js) on the same workbook', () => {
  test('the same reports, feedback, task cells and update outcomes', async () => {
    const { fake, host } = await sampleOnFake();
    const original = fake.describe();

    // The CLI: the workbook as an .xlsx file, `track` as the command runs it.
    const dir = await mkdtemp(join(tmpdir(), 'co-parity-'));
    const input = join(dir, 'plan.xlsx');
    await writeFile(input, await bytesOf(toExcelJs(original)));
    const cli = await runTrack(
      {
        input,
        output: join(dir, 'plan.tracked.xlsx'),
        memoryDir: join(dir, 'memory'),
        asOf: null,
        campaignIds: [],
        json: false,
      },
      {
        stdout: () => undefined,
        stderr: () => undefined,
        cwd: dir,
        now: () => SAMPLE_NOON,
        newId: counterIds(),
      },
    );
    const written = fromExcelJs(await reopen(await readFile(join(dir, 'plan.tracked.xlsx'))));

    // The add-in: prepare and commit in the task pane.
    const actions = createOfficeActions({ host, now: () => SAMPLE_NOON, newId: counterIds() });
    const preview = await actions.prepareRun({ campaignIds: null }, () => undefined);
    if (preview.kind !== 'preview') throw new Error(JSON.stringify(preview));
    const committed = await actions.commitRun(preview, () => undefined);
    expect(committed.kind).toBe('committed');
    const office = fake.describe();
    fake.uninstall();

    expect(withoutIds(preview.campaigns.map((c) => [c.report, c.feedback]))).toEqual(
      withoutIds(cli.result.campaigns.map((c) => [c.report, c.feedback])),
    );
    expect(preview.campaigns.length).toBeGreaterThan(0);
    for (const sheet of ['Tasks', 'TaskUpdates']) {
      expect(Object.keys(cellsOf(office, sheet)).length).toBeGreaterThan(40); // TaskUpdates: 8 rows of 8 columns, some blank
      expect(cellsOf(office, sheet)).toEqual(cellsOf(written, sheet));
      expect(cellsOf(office, sheet)).not.toEqual(cellsOf(original, sheet));
    }

    // The ribbon command on the same workbook.
    const again = await sampleOnFake();
    const ribbon = await runChecks(
      { completed: () => undefined },
      {
        actions: createOfficeActions({ host: again.host, now: () => SAMPLE_NOON, newId: counterIds() }),
        channel: new RunOutcomeChannel(),
      },
    );
    const fromRibbon = again.fake.describe();
    again.fake.uninstall();
    if (ribbon.kind !== 'committed') throw new Error(JSON.stringify(ribbon));
    expect(withoutIds(ribbon.committed.preview.campaigns)).toEqual(withoutIds(preview.campaigns));
    expect(cellsOf(fromRibbon, 'Tasks')).toEqual(cellsOf(office, 'Tasks'));
  });
});
