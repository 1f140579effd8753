import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PackageHost } from '../../src/cli/package/package-host';
import { runTrack } from '../../src/cli/track/run-track';
import { counterIds } from '../../src/engine/testing/counter-ids';
import { buildRevertPlan } from '../../src/workbook/plan/build-revert-plan';
import { readRevertPortfolios } from '../../src/workbook/plan/revert-portfolio';
import { readWorkbook } from '../../src/workbook/read/read-workbook';
import { LAUNCH_ID, WEBINAR_ID } from '../../src/workbook/template/sample-workbook';
import { toExcelJs } from '../support/fake-excel/exceljs-bridge';
import { validateOoxmlBytes } from '../support/ooxml-validate';
import { sampleOnFake, SAMPLE_NOON } from '../support/sample-on-fake';
import { bytesOf } from './helpers/xlsx-package';

/** Tracks `input` into `output` with the CLI over both sample campaigns. */
const newId = counterIds(); // one for both runs: each gets its own run id
async function track(dir: string, input: string, output: string, now: number): Promise<void> {
  await runTrack(
    {
      input: join(dir, input),
      output: join(dir, output),
      memoryDir: join(dir, 'memory'),
      asOf: null,
      campaignIds: [LAUNCH_ID, WEBINAR_ID],
      json: false,
    },
    { stdout: () => undefined, stderr: () => undefined, cwd: dir, now: () => now, newId },
  );
}

describe('revert through the package host (the CLI’s .xlsx host)', () => {
  test('the revert plan of a run over several campaigns removes the Portfolio sheet it wrote, not an older one', async () => {
    const { fake } = await sampleOnFake();
    const dir = await mkdtemp(join(tmpdir(), 'co-revert-portfolio-'));
    await writeFile(join(dir, 'plan.xlsx'), await bytesOf(toExcelJs(fake.describe())));
    fake.uninstall();
    await track(dir, 'plan.xlsx', 'once.xlsx', SAMPLE_NOON);
    // The next day: a run the same day would replace the first Portfolio sheet (same-day-rewrite.test.ts).
    await track(dir, 'once.xlsx', 'twice.xlsx', SAMPLE_NOON + 24 * 3_600_000);

    const host = PackageHost.open(await readFile(join(dir, 'twice.xlsx')));
    const read = await readWorkbook(host);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.inventory.sheets).toEqual(
      expect.arrayContaining(['Portfolio 2026-11-24', 'Portfolio 2026-11-25']),
    );
    const revert = buildRevertPlan({
      logs: read.logs,
      input: read.input,
      sourceMap: read.sourceMap,
      inventory: read.inventory,
      portfolios: await readRevertPortfolios(host, read.logs, read.inventory),
      at: SAMPLE_NOON + 25 * 3_600_000,
      timeZone: read.input.settings.timeZone,
    });
    if (revert.kind !== 'revert') throw new Error('expected a revert');
    expect(revert.removedSheets).toContain('Portfolio 2026-11-25');
    await host.apply(revert.plan);

    const bytes = host.bytes();
    const sheets = (await PackageHost.open(bytes).inventory()).sheets;
    expect(sheets).toContain('Portfolio 2026-11-24');
    expect(sheets).not.toContain('Portfolio 2026-11-25');
    expect(sheets.filter((s) => revert.removedSheets.includes(s))).toEqual([]);
    expect((await validateOoxmlBytes(bytes)).invalid).toEqual(new Map());
  });
});
