import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CampaignSnapshot, LearningEntry } from '../../engine/track-types';
import { stageFile } from './atomic-write';
import { commitRun, MemoryAppendError, recoveryPath } from './commit-run';
import { MemoryFileError } from './memory-file';

// Memory entries are stored as given; these tests need only their identity.
const snapshot = (runId: string) => ({ run_id: runId, campaign_id: 'C-1' }) as unknown as CampaignSnapshot;
const learning = (text: string, runId = 'r1') =>
  ({ run_id: runId, campaign_id: 'C-1', learning: text }) as unknown as LearningEntry;

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 'co-commit-'));
  return { dir, out: join(dir, 'plan.tracked.xlsx'), memoryDir: join(dir, 'memory') };
}

const json = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as unknown[];

describe('commitRun', () => {
  it('writes the workbook and creates both memory files', async () => {
    const { out, memoryDir } = await setup();
    const done = await commitRun({
      workbook: { path: out, bytes: new Uint8Array([1, 2, 3]) },
      memoryDir,
      snapshots: [snapshot('r1')],
      learnings: [learning('[MEASURED] a'), learning('[MEASURED] a')],
    });
    expect([...(await readFile(out))]).toEqual([1, 2, 3]);
    expect(await json(join(memoryDir, 'campaigns.json'))).toEqual([snapshot('r1')]);
    expect(await json(join(memoryDir, 'learnings.json'))).toEqual([learning('[MEASURED] a')]);
    expect(done.memory.map((m) => m.appended)).toEqual([1, 1]);
    expect((await readdir(memoryDir)).sort()).toEqual(['campaigns.json', 'learnings.json']);
  });

  it('never appends a learning memory already holds', async () => {
    const { out, memoryDir } = await setup();
    await mkdir(memoryDir);
    await writeFile(join(memoryDir, 'learnings.json'), JSON.stringify([learning('[MEASURED] a', 'r0')]));
    await commitRun({
      workbook: { path: out, bytes: new Uint8Array([1]) },
      memoryDir,
      snapshots: [snapshot('r1')],
      learnings: [learning('[MEASURED] a'), learning('[INFERENCE] b')],
    });
    expect(await json(join(memoryDir, 'learnings.json'))).toEqual([
      learning('[MEASURED] a', 'r0'),
      learning('[INFERENCE] b'),
    ]);
  });

  it('writes nothing when a memory file is corrupted, and leaves that file as it was', async () => {
    const { dir, out, memoryDir } = await setup();
    await mkdir(memoryDir);
    await writeFile(join(memoryDir, 'campaigns.json'), '[{"run_id": "r0"},');
    const run = commitRun({
      workbook: { path: out, bytes: new Uint8Array([1]) },
      memoryDir,
      snapshots: [snapshot('r1')],
      learnings: [],
    });
    await expect(run).rejects.toBeInstanceOf(MemoryFileError);
    expect(await readFile(join(memoryDir, 'campaigns.json'), 'utf8')).toBe('[{"run_id": "r0"},');
    expect(await readdir(dir)).toEqual(['memory']);
    expect(await readdir(memoryDir)).toEqual(['campaigns.json']);
  });

  it('creates no memory directory when the workbook cannot be staged', async () => {
    const { dir, memoryDir } = await setup();
    const run = commitRun({
      workbook: { path: join(dir, 'missing', 'out.xlsx'), bytes: new Uint8Array([1]) },
      memoryDir,
      snapshots: [snapshot('r1')],
      learnings: [],
    });
    await expect(run).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('saves the entries beside the workbook when a memory file cannot be renamed after it', async () => {
    const { out, memoryDir } = await setup();
    const failingLearnings: typeof stageFile = async (target, data) => {
      const staged = await stageFile(target, data);
      if (!target.endsWith('learnings.json')) return staged;
      return {
        ...staged,
        commit: async () => {
          await staged.discard();
          throw new Error('disk full');
        },
      };
    };
    const run = commitRun({
      workbook: { path: out, bytes: new Uint8Array([7]) },
      memoryDir,
      snapshots: [snapshot('r1')],
      learnings: [learning('[MEASURED] a')],
      stage: failingLearnings,
    });
    await expect(run).rejects.toBeInstanceOf(MemoryAppendError);
    const error = (await run.catch((e: unknown) => e)) as MemoryAppendError;
    expect(error.failed).toEqual([join(memoryDir, 'learnings.json')]);
    expect(error.recoveryFile).toBe(recoveryPath(out));
    expect([...(await readFile(out))]).toEqual([7]);
    expect(await json(join(memoryDir, 'campaigns.json'))).toEqual([snapshot('r1')]);
    expect(await readdir(memoryDir)).toEqual(['campaigns.json']);
    expect(JSON.parse(await readFile(recoveryPath(out), 'utf8'))).toEqual({
      [join(memoryDir, 'learnings.json')]: [learning('[MEASURED] a')],
    });
  });

  it('loses no entry when runs commit at the same time', async () => {
    const { dir, memoryDir } = await setup();
    const runs = Array.from({ length: 8 }, (_, i) =>
      commitRun({
        workbook: { path: join(dir, `out-${i}.xlsx`), bytes: new Uint8Array([i]) },
        memoryDir,
        snapshots: [snapshot(`r${i}`)],
        learnings: [learning('[MEASURED] shared', `r${i}`), learning(`[MEASURED] own ${i}`, `r${i}`)],
        lock: { minWaitMs: 1, maxWaitMs: 5 },
      }),
    );
    await Promise.all(runs);
    const snapshots = (await json(join(memoryDir, 'campaigns.json'))) as Array<{ run_id: string }>;
    expect(snapshots.map((s) => s.run_id).sort()).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
    const learnings = (await json(join(memoryDir, 'learnings.json'))) as Array<{ learning: string }>;
    expect(learnings.map((l) => l.learning).sort()).toEqual([
      '[MEASURED] own 0',
      '[MEASURED] own 1',
      '[MEASURED] own 2',
      '[MEASURED] own 3',
      '[MEASURED] own 4',
      '[MEASURED] own 5',
      '[MEASURED] own 6',
      '[MEASURED] own 7',
      '[MEASURED] shared',
    ]);
  }, 60_000); // eight runs, each flushing four files to disk in turn: slow on a busy disk
});
