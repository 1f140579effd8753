import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { verifyPackage } from '../../src/cli/package/verify-package';
import { sha256 } from '../cli/helpers/workspace';
import { xlsxOf } from '../hostile/book-xlsx';
import { baseBook, withRows } from '../hostile/hostile-book';
import { faultWorkspace, filesUnder, killAfter, memoryState, runTool } from './fault-workspace';

/** The hostile catalogue's baseline with 20,000 ChannelMetrics rows: a run of a few seconds. */
async function bigWorkbook(): Promise<Uint8Array> {
  const base = baseBook();
  const rows = Array.from({ length: 20_000 }, (_, i) => [
    'C-1',
    ['LinkedIn', 'Meta', 'Google Ads – Search'][i % 3] ?? 'LinkedIn',
    `2026-11-${String(1 + (i % 19)).padStart(2, '0')}`,
    1000 + (i % 500),
    20 + (i % 30),
    i % 4,
    50 + (i % 100) / 4,
    null,
    null,
    'measured',
  ]);
  return xlsxOf(withRows(base, 'ChannelMetrics', rows));
}

const ALLOWED =
  /^(plan\.xlsx|plan\.tracked\.xlsx|memory\/(campaigns|learnings)\.json|memory\/\.campaign-operator\.lock|\.plan\.tracked\.xlsx\.campaign-operator\.lock|(memory\/)?\.[^/]+\.\d+\.[0-9a-f]{12}\.tmp)$/;
const TRACK = ['track', 'plan.xlsx'];

// The built tool killed (SIGKILL) at moments spread over a run, wherever it happens to be: reading,
// computing, writing or renaming. Whatever the moment, the input is as it was, each memory file is
// whole (as it was, or appended) and the workbook written is absent or whole.
describe('the tool killed at any moment of a run', () => {
  let bytes: Uint8Array;
  let fullRunMs: number;
  beforeAll(async () => {
    bytes = await bigWorkbook();
    const ws = await faultWorkspace(bytes);
    const started = Date.now();
    expect(runTool(ws.dir, TRACK).code).toBe(0);
    fullRunMs = Date.now() - started;
  }, 120_000);

  it.each([0.2, 0.5, 0.75, 0.9, 0.97])(
    'at %d of a run leaves every file whole',
    async (fraction) => {
      const ws = await faultWorkspace(bytes);
      const { killed } = await killAfter(ws.dir, TRACK, Math.round(fullRunMs * fraction));
      expect(sha256(ws.input)).toBe(ws.before.input);
      const files = await filesUnder(ws.dir);
      expect(files.filter((f) => !ALLOWED.test(f))).toEqual([]);
      const campaigns = await memoryState(ws, 'campaigns.json');
      const learnings = await memoryState(ws, 'learnings.json');
      if (files.includes('plan.tracked.xlsx'))
        await verifyPackage(await readFile(join(ws.dir, 'plan.tracked.xlsx')));
      // Memory is appended only after the workbook is in place.
      if (!campaigns.untouched || !learnings.untouched) expect(files).toContain('plan.tracked.xlsx');
      if (!killed) expect(campaigns.untouched).toBe(false);
    },
    120_000,
  );
});
