import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GOOD_AS_OF, goodWorkbookSpecs, workbookOf } from '../cli/helpers/good-workbook';
import { sha256 } from '../cli/helpers/workspace';
import {
  channelsOf,
  faultWorkspace,
  filesUnder,
  runTool,
  type ToolExit,
  type Workspace,
} from './fault-workspace';
import { canMountTmpfs, fillUp, isFiller, runToolLimited, smallFileSystem } from './small-disk';

const EXPORT = join(__dirname, '..', 'fixtures', 'imports', 'tiktok-ads.csv');
const TRACK = ['track', 'plan.xlsx', '--as-of', GOOD_AS_OF];
const IMPORT = ['import', 'tiktok-ads.csv', '--into', 'plan.xlsx', '--campaign', 'C-1'];
const ENOSPC = 'the disk is full (ENOSPC)';
const EFBIG = 'the file is larger than this system allows (a file size limit such as ulimit -f) (EFBIG)';

/** A memory file much larger than the workbooks: 600 hand-written entries (about 60 KB). */
const BIG_MEMORY = `[\n${Array.from(
  { length: 600 },
  (_, i) => `  { "run_id": "by-hand-${i}", "campaign_id": "C-0", "note": "${'kept as written '.repeat(4)}" }`,
).join(',\n')}\n]\n`;

/** Every file in the folders, with its hash (temporary files and locks would show here). */
async function snapshot(...dirs: string[]): Promise<Record<string, string>> {
  const all: Record<string, string> = {};
  for (const dir of dirs) {
    for (const f of await filesUnder(dir)) if (!isFiller(f)) all[join(dir, f)] = sha256(join(dir, f));
  }
  return all;
}

/** The run failed, naming the file the user gave and why, and reported nothing as written. */
function expectRefused(r: ToolExit, name: string, reason: string): void {
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: '' });
  expect(r.stderr).toBe(`campaign-operator: cannot write ${name}: ${reason}. Nothing was written.\n`);
}

async function workspaceWithExport(at?: string): Promise<Workspace> {
  const ws = await faultWorkspace(await workbookOf(goodWorkbookSpecs()), at);
  await copyFile(EXPORT, join(ws.dir, 'tiktok-ads.csv'));
  return ws;
}

const MOUNTED = canMountTmpfs();

// Real full disks: a small tmpfs filled up to a few KiB (ENOSPC, with the first writes accepted
// in part), and a child process under `ulimit -f` (EFBIG). Mounting needs root and a system that
// allows it (CI runs as root on Debian); where it is refused, only `ulimit -f` runs, and the name
// of this suite says so.
describe(`a full disk (${MOUNTED ? 'a small tmpfs, and ulimit -f' : 'ulimit -f only: mounting a tmpfs was refused here'})`, () => {
  (MOUNTED ? describe : describe.skip)('a small tmpfs that fills up (ENOSPC)', () => {
    let disk: { dir: string; unmount(): void };
    beforeEach(async () => {
      disk = await smallFileSystem(512);
    });
    afterEach(() => disk.unmount());

    it('track: the output is not written, nothing is reported written, nothing is left', async () => {
      const ws = await workspaceWithExport(join(disk.dir, 'ws'));
      const before = await snapshot(ws.dir);
      const full = await fillUp(disk.dir, 16); // the tracked workbook is about 30 KB
      expectRefused(runTool(ws.dir, TRACK), 'plan.tracked.xlsx', ENOSPC);
      expect(await snapshot(ws.dir)).toEqual(before);
      await full.freeUp();
      expect(runTool(ws.dir, TRACK).code).toBe(0);
      expect(sha256(ws.input)).toBe(ws.before.input);
    }, 120_000);

    it('import in place: the workbook keeps its bytes, nothing is reported written, nothing is left', async () => {
      const ws = await workspaceWithExport(join(disk.dir, 'ws'));
      const before = await snapshot(ws.dir);
      const full = await fillUp(disk.dir, 8); // the new workbook is about 15 KB
      expectRefused(runTool(ws.dir, IMPORT), 'plan.xlsx', ENOSPC);
      expect(await snapshot(ws.dir)).toEqual(before);
      await full.freeUp();
      expect(runTool(ws.dir, IMPORT).code).toBe(0);
      expect(await channelsOf(ws.input)).toContain('TikTok Ads');
    }, 120_000);

    it('import onto a disk with no space at all: even the lock cannot be made, and none is left', async () => {
      const ws = await workspaceWithExport(join(disk.dir, 'ws'));
      const before = await snapshot(ws.dir);
      const full = await fillUp(disk.dir, 0);
      expectRefused(runTool(ws.dir, IMPORT), 'plan.xlsx', ENOSPC);
      expect(await snapshot(ws.dir)).toEqual(before);
      await full.freeUp();
      expect(runTool(ws.dir, IMPORT).code).toBe(0);
    }, 120_000);

    it('the memory write: neither the workbook nor the memory is written', async () => {
      const ws = await workspaceWithExport();
      const memory = join(disk.dir, 'memory');
      await mkdir(memory);
      await writeFile(join(memory, 'campaigns.json'), BIG_MEMORY);
      await writeFile(join(memory, 'learnings.json'), '[]\n');
      const before = await snapshot(ws.dir, memory);
      const full = await fillUp(disk.dir, 16); // the new campaigns.json is over 60 KB
      const r = runTool(ws.dir, [...TRACK, '--memory', memory]);
      expectRefused(r, join(memory, 'campaigns.json'), ENOSPC);
      expect(await snapshot(ws.dir, memory)).toEqual(before);
      await full.freeUp();
      expect(runTool(ws.dir, [...TRACK, '--memory', memory]).code).toBe(0);
    }, 120_000);

    it('init: no workbook is created', async () => {
      await mkdir(join(disk.dir, 'ws'));
      const full = await fillUp(disk.dir, 8); // the sample workbook is about 25 KB
      expectRefused(runTool(join(disk.dir, 'ws'), ['init', 'new.xlsx', '--sample']), 'new.xlsx', ENOSPC);
      expect(await readdir(join(disk.dir, 'ws'))).toEqual([]);
      await full.freeUp();
    }, 120_000);
  });

  describe('a file size limit: ulimit -f in a child process (EFBIG)', () => {
    it('track: the output is not written, nothing is reported written, nothing is left', async () => {
      const ws = await workspaceWithExport();
      const before = await snapshot(ws.dir);
      expectRefused(runToolLimited(ws.dir, TRACK, 16), 'plan.tracked.xlsx', EFBIG);
      expect(await snapshot(ws.dir)).toEqual(before);
    }, 120_000);

    it('import in place: the workbook keeps its bytes, nothing is reported written, nothing is left', async () => {
      const ws = await workspaceWithExport();
      const before = await snapshot(ws.dir);
      expectRefused(runToolLimited(ws.dir, IMPORT, 8), 'plan.xlsx', EFBIG);
      expect(await snapshot(ws.dir)).toEqual(before);
    }, 120_000);

    it('the memory write: neither the workbook nor the memory is written', async () => {
      const ws = await workspaceWithExport();
      await writeFile(join(ws.memory, 'campaigns.json'), BIG_MEMORY);
      const before = await snapshot(ws.dir);
      // The tracked workbook (about 30 KB) fits under 40 KiB; campaigns.json (over 60 KB) does not.
      expectRefused(runToolLimited(ws.dir, TRACK, 40), 'memory/campaigns.json', EFBIG);
      expect(await snapshot(ws.dir)).toEqual(before);
      expect(runToolLimited(ws.dir, TRACK, 1024).code).toBe(0);
    }, 120_000);

    it('init: no workbook is created', async () => {
      const ws = await workspaceWithExport();
      const before = await snapshot(ws.dir);
      expectRefused(runToolLimited(ws.dir, ['init', 'new.xlsx', '--sample'], 8), 'new.xlsx', EFBIG);
      expect(await snapshot(ws.dir)).toEqual(before);
    }, 120_000);
  });
});
