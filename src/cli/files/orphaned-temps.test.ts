import { mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeOrphanedTemps } from './orphaned-temps';

const OLD = (Date.now() - 10 * 60_000) / 1000;

async function folderWith(names: readonly string[], age: 'old' | 'new' = 'old'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'co-orphans-'));
  for (const name of names) {
    await writeFile(join(dir, name), 'x');
    if (age === 'old') await utimes(join(dir, name), OLD, OLD);
  }
  return dir;
}

const dead = () => false;

describe('removeOrphanedTemps', () => {
  it('removes the old temporary files of dead runs for that name, and nothing else', async () => {
    const names = [
      'plan.tracked.xlsx',
      '.plan.tracked.xlsx.4242.a1b2c3d4e5f6.tmp',
      '.plan.tracked.xlsx.4343.00112233aabb.tmp',
      '.other.xlsx.4242.a1b2c3d4e5f6.tmp',
      '.plan.tracked.xlsx.4242.short.tmp',
      'plan.tracked.xlsx.4242.a1b2c3d4e5f6.tmp',
    ];
    const dir = await folderWith(names);
    const removed = await removeOrphanedTemps(dir, 'plan.tracked.xlsx', { isAlive: dead });
    expect(removed.sort()).toEqual([
      '.plan.tracked.xlsx.4242.a1b2c3d4e5f6.tmp',
      '.plan.tracked.xlsx.4343.00112233aabb.tmp',
    ]);
    expect((await readdir(dir)).sort()).toEqual(
      [
        '.other.xlsx.4242.a1b2c3d4e5f6.tmp',
        '.plan.tracked.xlsx.4242.short.tmp',
        'plan.tracked.xlsx',
        'plan.tracked.xlsx.4242.a1b2c3d4e5f6.tmp',
      ].sort(),
    );
  });

  it('keeps the files of a live run, of this process, and recent ones', async () => {
    const live = '.campaigns.json.4242.a1b2c3d4e5f6.tmp';
    const mine = `.campaigns.json.${process.pid}.a1b2c3d4e5f6.tmp`;
    const dir = await folderWith([live, mine]);
    expect(await removeOrphanedTemps(dir, 'campaigns.json', { isAlive: (pid) => pid === 4242 })).toEqual([]);
    const recent = await folderWith(['.campaigns.json.4242.a1b2c3d4e5f6.tmp'], 'new');
    expect(await removeOrphanedTemps(recent, 'campaigns.json', { isAlive: dead })).toEqual([]);
  });

  it('treats names with pattern characters literally, and a missing folder as empty', async () => {
    const dir = await folderWith([
      '.a+b (1).xlsx.4242.a1b2c3d4e5f6.tmp',
      '.aab (1).xlsx.4242.a1b2c3d4e5f6.tmp',
    ]);
    expect(await removeOrphanedTemps(dir, 'a+b (1).xlsx', { isAlive: dead })).toEqual([
      '.a+b (1).xlsx.4242.a1b2c3d4e5f6.tmp',
    ]);
    expect(await removeOrphanedTemps(join(dir, 'missing'), 'x', { isAlive: dead })).toEqual([]);
  });
});
