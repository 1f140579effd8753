import { readFile, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { CRASH_AT, type CrashPoint } from '../../src/cli/files/crash-point';
import { verifyPackage } from '../../src/cli/package/verify-package';
import { goodWorkbookSpecs, workbookOf } from '../cli/helpers/good-workbook';
import { sha256 } from '../cli/helpers/workspace';
import {
  faultWorkspace,
  filesUnder,
  memoryState,
  runTool,
  TRACK_ARGS,
  type Workspace,
} from './fault-workspace';

const TEMP = /(^|\/)\.[^/]+\.\d+\.[0-9a-f]{12}\.tmp$/;
const LOCK = 'memory/.campaign-operator.lock';

/** What each crash point leaves: the output workbook, and which memory files are appended. */
const POINTS: ReadonlyArray<
  readonly [CrashPoint, { output: boolean; campaigns: boolean; learnings: boolean }]
> = [
  ['writing-temp', { output: false, campaigns: false, learnings: false }],
  ['staged-workbook', { output: false, campaigns: false, learnings: false }],
  ['staged-memory', { output: false, campaigns: false, learnings: false }],
  ['renamed-workbook', { output: true, campaigns: false, learnings: false }],
  ['renamed-memory', { output: true, campaigns: true, learnings: false }],
];

async function check(ws: Workspace, expected: { output: boolean; campaigns: boolean; learnings: boolean }) {
  expect(sha256(ws.input)).toBe(ws.before.input);
  const files = await filesUnder(ws.dir);
  expect(files.includes('plan.tracked.xlsx')).toBe(expected.output);
  if (expected.output) await verifyPackage(await readFile(join(ws.dir, 'plan.tracked.xlsx')));
  expect((await memoryState(ws, 'campaigns.json')).untouched).toBe(!expected.campaigns);
  expect((await memoryState(ws, 'learnings.json')).untouched).toBe(!expected.learnings);
  return files;
}

// The built tool killed (SIGKILL: no cleanup) at each point of its writing: the input is never
// touched, each memory file is whole (as it was, or appended), the workbook is absent or whole; the
// next run clears the orphaned temporary files and lock and completes.
describe.each(POINTS)('killed at %s', (point, expected) => {
  it('leaves every file whole, and the next run cleans up and completes', async () => {
    const ws = await faultWorkspace(await workbookOf(goodWorkbookSpecs()));
    const crashed = runTool(ws.dir, TRACK_ARGS, { [CRASH_AT]: point });
    expect(crashed.signal).toBe('SIGKILL');
    const after = await check(ws, expected);
    const orphans = after.filter((f) => TEMP.test(f));
    if (point !== 'renamed-memory') expect(orphans.length).toBeGreaterThan(0);
    // Two minutes on, the orphans are known to be dead runs' (their process is gone).
    const old = (Date.now() - 3 * 60_000) / 1000;
    for (const f of [...orphans, ...(after.includes(LOCK) ? [LOCK] : [])])
      await utimes(join(ws.dir, f), old, old);

    const next = runTool(ws.dir, TRACK_ARGS);
    expect(next.code).toBe(0);
    expect(sha256(ws.input)).toBe(ws.before.input);
    const files = await filesUnder(ws.dir);
    expect(files.filter((f) => TEMP.test(f) || f === LOCK)).toEqual([]);
    const campaigns = await memoryState(ws, 'campaigns.json');
    // One snapshot by hand, one for the next run, and one more if the crashed run had appended its own.
    expect(campaigns.entries).toBe(expected.campaigns ? 3 : 2);
  }, 120_000);
});

describe('without CAMPAIGN_OPERATOR_CRASH_AT', () => {
  it('no crash point fires: the run completes and leaves no temporary file', async () => {
    const ws = await faultWorkspace(await workbookOf(goodWorkbookSpecs()));
    const r = runTool(ws.dir, TRACK_ARGS, { [CRASH_AT]: 'no-such-point' });
    expect(r.code).toBe(0);
    expect((await filesUnder(ws.dir)).filter((f) => TEMP.test(f) || f === LOCK)).toEqual([]);
    expect((await memoryState(ws, 'campaigns.json')).entries).toBe(2);
  }, 60_000);
});
