import { mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeHolder, LockLostError, LockTimeoutError, withLock, type LockHolder } from './file-lock';

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

  it('keeps a lock held longer than the stale age: the holder refreshes it', async () => {
    const path = await lockPath();
    const events: string[] = [];
    const options = { staleMs: 200, minWaitMs: 5, maxWaitMs: 20, isAlive: () => true };
    const long = withLock(
      path,
      async () => {
        events.push('long in');
        await new Promise((r) => setTimeout(r, 700));
        events.push('long out');
      },
      options,
    );
    await new Promise((r) => setTimeout(r, 50));
    const second = withLock(path, async () => events.push('second in'), options);
    await Promise.all([long, second]);
    expect(events).toEqual(['long in', 'long out', 'second in']);
  });

  it('says once that it waits, with the holder and its purpose', async () => {
    const path = await lockPath();
    const seen: Array<LockHolder | null> = [];
    let release = () => undefined as void;
    const held = new Promise<void>((r) => (release = r));
    const first = withLock(path, () => held, { purpose: 'import' });
    await new Promise((r) => setTimeout(r, 30));
    const second = withLock(path, async () => 'in', {
      minWaitMs: 2,
      maxWaitMs: 5,
      onWait: (holder) => seen.push(holder),
    });
    await new Promise((r) => setTimeout(r, 60));
    release();
    await first;
    await expect(second).resolves.toBe('in');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ pid: process.pid, host: hostname(), purpose: 'import' });
    expect(describeHolder(seen[0] ?? null)).toMatch(
      new RegExp(`^process ${process.pid} on ${hostname()} \\(import, since \\d{4}-\\d\\d-\\d\\dT`),
    );
  });

  it("notices a lock taken over while held, and leaves the new holder's lock alone", async () => {
    const path = await lockPath();
    const result = withLock(path, async (held) => {
      await held.check();
      await writeFile(path, holder(4242)); // judged stale by another run, and taken
      await held.check();
    });
    await expect(result).rejects.toBeInstanceOf(LockLostError);
    expect(await readFile(path, 'utf8')).toBe(holder(4242));
  });

  it('tries once with a timeout of 0', async () => {
    const path = await lockPath();
    await writeFile(path, holder(4242));
    const started = Date.now();
    await expect(
      withLock(path, async () => 'never', { isAlive: () => true, timeoutMs: 0 }),
    ).rejects.toBeInstanceOf(LockTimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
