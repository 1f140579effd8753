/// <reference types="office-js" />
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesOf, reopen } from '../cli/helpers/xlsx-package';
import { runTrack } from '../../src/cli/track/run-track';
import { createOfficeActions } from '../../src/excel/create-office-actions';
import { counterIds } from '../../src/engine/testing/counter-ids';
import { LAUNCH_ID, WEBINAR_ID } from '../../src/workbook/template/sample-workbook';
import { fromExcelJs, toExcelJs } from '../support/fake-excel/exceljs-bridge';
import type { CellInput, WorkbookDescription } from '../support/fake-excel';
import { sampleOnFake, SAMPLE_NOON } from '../support/sample-on-fake';

/** A sheet's cell values by address (the run id aside, which each host draws itself). */
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

const portfolioOf = (book: WorkbookDescription) => book.sheets.find((s) => s.name.startsWith('Portfolio '));

describe('the Portfolio sheet of a run with several campaigns, from both hosts', () => {
  test('the CLI (package host) and the task pane (Office.js) write the same Portfolio sheet', async () => {
    const campaignIds = [LAUNCH_ID, WEBINAR_ID];
    const { fake, host } = await sampleOnFake();
    const original = fake.describe();

    const dir = await mkdtemp(join(tmpdir(), 'co-portfolio-'));
    await writeFile(join(dir, 'plan.xlsx'), await bytesOf(toExcelJs(original)));
    await runTrack(
      {
        input: join(dir, 'plan.xlsx'),
        output: join(dir, 'plan.tracked.xlsx'),
        memoryDir: join(dir, 'memory'),
        asOf: null,
        campaignIds,
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

    const actions = createOfficeActions({ host, now: () => SAMPLE_NOON, newId: counterIds() });
    const preview = await actions.prepareRun({ campaignIds }, () => undefined);
    if (preview.kind !== 'preview') throw new Error(JSON.stringify(preview));
    expect((await actions.commitRun(preview, () => undefined)).kind).toBe('committed');
    const office = fake.describe();
    fake.uninstall();

    const name = portfolioOf(office)?.name;
    expect(name).toBe('Portfolio 2026-11-24');
    expect(portfolioOf(written)?.name).toBe(name);
    const cells = cellsOf(office, name ?? '');
    const runId =
      Object.entries(cells)
        .find(([, v]) => v === 'Run ID')?.[0]
        ?.replace('A', 'B') ?? '';
    const withoutRunId = (c: Record<string, unknown>) => ({ ...c, [runId]: '<run id>' });
    expect(withoutRunId(cells)).toEqual(withoutRunId(cellsOf(written, name ?? '')));
    // One row per campaign, each in its own currency; the budgets summed per currency, never across.
    const values = Object.values(cells);
    expect(values).toEqual(
      expect.arrayContaining([LAUNCH_ID, WEBINAR_ID, 'USD', 'EUR', 'Budgets by currency']),
    );
  });
});
