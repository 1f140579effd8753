import { spawn } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILT_BIN } from '../cli/helpers/built-cli';
import { GOOD_AS_OF, goodWorkbookSpecs, workbookOf } from '../cli/helpers/good-workbook';
import { faultWorkspace, filesUnder } from './fault-workspace';

function start(dir: string, workbook: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_BIN, 'track', workbook, '--as-of', GOOD_AS_OF], {
      cwd: dir,
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}

// Four real processes tracking four copies of a workbook into one memory folder at the same time:
// the memory lock serialises the appends, so every run's snapshot is there, each learning once.
describe('concurrent runs on one memory folder', () => {
  it('lose no entry and leave no lock or temporary file', async () => {
    const ws = await faultWorkspace(await workbookOf(goodWorkbookSpecs()));
    const names = ['a.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx'];
    for (const n of names) await copyFile(ws.input, join(ws.dir, n));
    const codes = await Promise.all(names.map((n) => start(ws.dir, n)));
    expect(codes).toEqual([0, 0, 0, 0]);

    const snapshots = JSON.parse(await readFile(join(ws.memory, 'campaigns.json'), 'utf8')) as Array<{
      run_id: string;
    }>;
    // The hand-written entry, then one snapshot per run (each run has its own id).
    expect(snapshots).toHaveLength(5);
    expect(snapshots[0]?.run_id).toBe('by-hand');
    expect(new Set(snapshots.slice(1).map((s) => s.run_id)).size).toBe(4);
    const learnings = JSON.parse(await readFile(join(ws.memory, 'learnings.json'), 'utf8')) as Array<{
      learning: string;
    }>;
    expect(learnings.length).toBeGreaterThan(1);
    expect(new Set(learnings.map((l) => l.learning)).size).toBe(learnings.length);
    expect((await filesUnder(ws.dir)).filter((f) => f.includes('.tmp') || f.includes('.lock'))).toEqual([]);
  }, 120_000);
});
