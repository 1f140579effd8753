import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageFile, writeFileAtomic } from './atomic-write';

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'co-atomic-'));
}

describe('atomic writes', () => {
  it('replaces the target and leaves no temporary file', async () => {
    const dir = await scratch();
    const target = join(dir, 'out.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('changes nothing visible before commit, and nothing at all when discarded', async () => {
    const dir = await scratch();
    const target = join(dir, 'out.json');
    await writeFile(target, 'old');
    const staged = await stageFile(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect((await readdir(dir)).length).toBe(2);
    await staged.discard();
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('leaves the target as it was and removes the temporary file when the rename fails', async () => {
    const dir = await scratch();
    const target = join(dir, 'taken');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'x');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readdir(target)).toEqual(['inside']);
  });

  it('fails without a trace when the directory does not exist', async () => {
    const dir = await scratch();
    await expect(writeFileAtomic(join(dir, 'missing', 'out.json'), 'x')).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});
