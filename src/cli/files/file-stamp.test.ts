import { mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileStamp, isUnchanged } from './file-stamp';

describe('file stamps', () => {
  it('tell a file saved since, replaced since, removed or created since', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'co-stamp-'));
    const path = join(dir, 'q3.xlsx');
    await writeFile(path, 'v1');
    const stamp = await fileStamp(path);
    expect(await isUnchanged(stamp)).toBe(true);

    await utimes(path, new Date(2020, 0, 1), new Date(2020, 0, 1)); // same bytes, saved again
    expect(await isUnchanged(stamp)).toBe(false);

    const again = await fileStamp(path);
    await writeFile(join(dir, 'other'), 'v1');
    await rename(join(dir, 'other'), path); // replaced by another file
    expect(await isUnchanged(again)).toBe(false);

    const before = await fileStamp(path);
    await rm(path);
    expect(await isUnchanged(before)).toBe(false);

    const absent = await fileStamp(path);
    expect(absent).toEqual({ exists: false, path });
    expect(await isUnchanged(absent)).toBe(true);
    await writeFile(path, 'new');
    expect(await isUnchanged(absent)).toBe(false);
  });
});
