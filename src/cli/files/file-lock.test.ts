import { mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LockTimeoutError, withLock } from './file-lock';

async function lockPath(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'co-lock-')), '.lock');
}

const holder = (pid: number) => JSON.stringify({ pid, host: hostname(), token: 'other', since: 0 });

describe('withLock', () => {
  it('lets one holder in at a time and removes the lock afterwards', async () => {
    const path = await lockPath();
    const events: string[] = [];
    const job = (name: string) =>
      withLock(
        path,
        async () => {
          events.push(`${name} in`);
          await new Promise((r) => setTimeout(r, 15));
          events.push(`${name} out`);
        },
        { minWaitMs: 2, maxWaitMs: 10 },
      );
    await Promise.all([job('a'), job('b'), job('c')]);
    for (let i = 0; i < events.length; i += 2) {
      expect(events[i + 1]).toBe(events[i]?.replace(' in', ' out'));
    }
    expect(events).toHaveLength(6);
    expect(await readdir(join(path, '..'))).toEqual([]);
  });

  it('takes over a lock whose process has died', async () => {
    const path = await lockPath();
    await writeFile(path, holder(999_999));
    const result = await withLock(path, async () => 'done', { isAlive: () => false });
    expect(result).toBe('done');
    expect(await readdir(join(path, '..'))).toEqual([]);
  });

  it('takes over a lock older than the stale age, even if its process runs', async () => {
    const path = await lockPath();
    await writeFile(path, holder(process.pid));
    const old = new Date(Date.now() - 10 * 60_000);
    await utimes(path, old, old);
    await expect(withLock(path, async () => 'done', { isAlive: () => true })).resolves.toBe('done');
  });

  it('gives up, naming the holder, when a live lock stays', async () => {
    const path = await lockPath();
    await writeFile(path, holder(4242));
    await expect(
      withLock(path, async () => 'never', {
        isAlive: () => true,
        timeoutMs: 40,
        minWaitMs: 5,
        maxWaitMs: 10,
      }),
    ).rejects.toThrow(new LockTimeoutError(path, `process 4242 on ${hostname()}`));
    expect(await readFile(path, 'utf8')).toBe(holder(4242));
  });

  it('releases the lock when the work throws', async () => {
    const path = await lockPath();
    await expect(
      withLock(path, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await readdir(join(path, '..'))).toEqual([]);
  });
});
