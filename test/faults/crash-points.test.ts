import { copyFile, readFile, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { CRASH_AT, type CrashPoint } from '../../src/cli/files/crash-point';
import { verifyPackage } from '../../src/cli/package/verify-package';
import { goodWorkbookSpecs, workbookOf } from '../cli/helpers/good-workbook';
import { sha256 } from '../cli/helpers/workspace';
import {
  channelsOf,
  faultWorkspace,
  filesUnder,
  memoryState,
  runTool,
  TRACK_ARGS,
  type Workspace,
} from './fault-workspace';

const TEMP = /(^|\/)\.[^/]+\.\d+\.[0-9a-f]{12}\.tmp$/;
const LOCKS = ['memory/.campaign-operator.lock', '.plan.tracked.xlsx.campaign-operator.lock'];
const isLock = (f: string) => LOCKS.includes(f) || f === IMPORT_LOCK;
const IMPORT_LOCK = '.plan.xlsx.campaign-operator.lock';

/** What each crash point leaves: the output workbook, and which memory files are appended. */
const POINTS: ReadonlyArray<
  readonly [CrashPoint, { output: boolean; campaigns: boolean; learnings: boolean }]
> = [
  ['locked-workbook', { output: false, campaigns: false, learnings: false }],
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
    if (point !== 'renamed-memory' && point !== 'locked-workbook') expect(orphans.length).toBeGreaterThan(0);
    // The workbook's lock is left: the run died holding it.
    expect(after).toContain('.plan.tracked.xlsx.campaign-operator.lock');
    // Two minutes on, the orphans are known to be dead runs' (their process is gone).
    const old = (Date.now() - 3 * 60_000) / 1000;
    for (const f of orphans) await utimes(join(ws.dir, f), old, old);

    const next = runTool(ws.dir, TRACK_ARGS);
    expect(next.code).toBe(0);
    expect(sha256(ws.input)).toBe(ws.before.input);
    const files = await filesUnder(ws.dir);
    expect(files.filter((f) => TEMP.test(f) || isLock(f))).toEqual([]);
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
    expect((await filesUnder(ws.dir)).filter((f) => TEMP.test(f) || isLock(f))).toEqual([]);
    expect((await memoryState(ws, 'campaigns.json')).entries).toBe(2);
  }, 60_000);
});

const IMPORT_ARGS = ['import', 'tiktok-ads.csv', '--into', 'plan.xlsx', '--campaign', 'C-1'];

/** The import's steps: the workbook is replaced in place, so before its rename it keeps its bytes, after it has the rows. */
const IMPORT_POINTS: ReadonlyArray<readonly [CrashPoint, boolean]> = [
  ['locked-workbook', false],
  ['writing-temp', false],
  ['staged-workbook', false],
  ['renamed-workbook', true],
];

// `import` rewrites the user's own workbook: killed at each step, the workbook is the old one byte
// for byte or the new one whole; the next import takes over the dead run's lock and completes.
describe.each(IMPORT_POINTS)('import killed at %s', (point, replaced) => {
  it('leaves the workbook as it was or whole with the rows, and the next import completes', async () => {
    const ws = await faultWorkspace(await workbookOf(goodWorkbookSpecs()));
    await copyFile(
      join(__dirname, '..', 'fixtures', 'imports', 'tiktok-ads.csv'),
      join(ws.dir, 'tiktok-ads.csv'),
    );
    const crashed = runTool(ws.dir, IMPORT_ARGS, { [CRASH_AT]: point });
    expect(crashed.signal).toBe('SIGKILL');
    expect(sha256(ws.input) === ws.before.input).toBe(!replaced);
    expect((await channelsOf(ws.input)).includes('TikTok Ads')).toBe(replaced);
    const after = await filesUnder(ws.dir);
    expect(after).toContain(IMPORT_LOCK);
    if (point === 'writing-temp' || point === 'staged-workbook')
      expect(after.filter((f) => TEMP.test(f))).toHaveLength(1);

    const next = runTool(ws.dir, IMPORT_ARGS);
    expect([next.code, next.stderr]).toEqual([0, '']);
    expect(await channelsOf(ws.input)).toContain('TikTok Ads');
    const old = (Date.now() - 3 * 60_000) / 1000;
    for (const f of after.filter((f) => TEMP.test(f))) await utimes(join(ws.dir, f), old, old);
    expect(runTool(ws.dir, IMPORT_ARGS).code).toBe(0);
    expect((await filesUnder(ws.dir)).filter((f) => TEMP.test(f) || isLock(f))).toEqual([]);
  }, 120_000);
});
