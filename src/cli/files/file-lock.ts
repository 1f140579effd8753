import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { processIsAlive } from './process-alive';

/** Who holds a lock, as written in the lock file (docs/reliability.md, "Locks"). */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
  /** When it was taken (epoch ms, the holder's clock). */
  readonly since: number;
  /** What the holder is doing, for messages (`import`, `track`, `memory`). */
  readonly purpose?: string;
}

export interface LockOptions {
  /** Give up after this long (default 30 s); 0 tries once. */
  readonly timeoutMs?: number;
  /**
   * A lock not refreshed for this long is abandoned whoever holds it (default 2 min). The holder
   * refreshes it (its modification time) every `staleMs / 4`, so a long run keeps its lock.
   */
  readonly staleMs?: number;
  /** First wait between attempts; it doubles up to `maxWaitMs` (defaults 20 ms and 500 ms). */
  readonly minWaitMs?: number;
  readonly maxWaitMs?: number;
  /** Whether a process of this machine is running (tests replace it). */
  readonly isAlive?: (pid: number) => boolean;
  /** Written in the lock file for the messages of whoever waits for it. */
  readonly purpose?: string;
  /** Called once, when the lock is taken by someone else and this run starts waiting. */
  readonly onWait?: (holder: LockHolder | null) => void;
}

/** The lock stayed taken for the whole timeout. */
export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
  constructor(
    readonly lockPath: string,
    readonly holder: string,
    readonly holderInfo: LockHolder | null = null,
  ) {
    super(`${lockPath} is held by ${holder}; if no campaign-operator is running, delete that file`);
  }
}

/** The lock was taken over (judged stale) while this run held it: the run must not write. */
export class LockLostError extends Error {
  override readonly name = 'LockLostError';
  constructor(readonly lockPath: string) {
    super(`${lockPath} was taken over by another run while this one held it`);
  }
}

/** A lock being held: `check` throws `LockLostError` when the lock file is no longer this holder's. */
export interface HeldLock {
  readonly path: string;
  check(): Promise<void>;
}

/**
 * Who a holder is, in words: `process 4242 on build-01 (import, since 10:02:03)`.
 *
 * @example describeHolder({ pid: 4242, host: 'pc', token: 'x', since: 0, purpose: 'import' })
 */
export function describeHolder(h: LockHolder | null): string {
  if (h === null) return 'another process';
  const since = Number.isFinite(h.since) && h.since > 0 ? new Date(h.since).toISOString() : null;
  const what = [h.purpose, since === null ? null : `since ${since}`].filter((x) => x).join(', ');
  return `process ${h.pid} on ${h.host}${what === '' ? '' : ` (${what})`}`;
}

function parseHolder(text: string): LockHolder | null {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    if (typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.token === 'string') {
      return {
        pid: v.pid,
        host: v.host,
        token: v.token,
        since: Number(v.since),
        ...(typeof v.purpose === 'string' ? { purpose: v.purpose } : {}),
      };
    }
  } catch {
    // A lock file being written by its creator is empty for a moment.
  }
  return null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Seen {
  readonly text: string;
  readonly holder: LockHolder | null;
  readonly ageMs: number;
}

async function look(lockPath: string): Promise<Seen | null> {
  try {
    const [text, info] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    return { text, holder: parseHolder(text), ageMs: Date.now() - info.mtimeMs };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function isStale(seen: Seen, staleMs: number, isAlive: (pid: number) => boolean): boolean {
  if (seen.ageMs > staleMs) return true;
  const h = seen.holder;
  return h !== null && h.host === hostname() && !isAlive(h.pid);
}

/**
 * Removes a stale lock without ever removing a live one: the lock is moved aside atomically and
 * judged again (its text, and its age: a holder may have refreshed it meanwhile); if it is not
 * the stale lock seen, it is put back.
 */
async function breakStale(
  lockPath: string,
  seen: Seen,
  staleMs: number,
  isAlive: (pid: number) => boolean,
): Promise<void> {
  const aside = `${lockPath}.stale-${randomBytes(6).toString('hex')}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return; // someone else broke it first
  }
  const moved = await look(aside).catch(() => null);
  if (moved === null || moved.text !== seen.text || !isStale(moved, staleMs, isAlive)) {
    await link(aside, lockPath).catch(() => undefined);
  }
  await unlink(aside).catch(() => undefined);
}

/**
 * Creates the lock file holding `me`, or returns false when it exists. A lock file this run
 * created but could not fill (a full disk) is removed again before the error is thrown, so a
 * failed attempt never leaves an empty lock behind.
 */
async function tryCreate(lockPath: string, me: LockHolder): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockPath, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    const text = Buffer.from(JSON.stringify(me));
    const { bytesWritten } = await handle.write(text);
    if (bytesWritten !== text.length) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
    await handle.close();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await unlink(lockPath).catch(() => undefined);
    throw e;
  }
  return true;
}

/** Refreshes the lock's modification time while it is held, and notices when it was taken over. */
function keepAlive(lockPath: string, me: LockHolder, everyMs: number): { stop(): void; lost(): boolean } {
  let lost = false;
  const timer = setInterval(() => {
    void look(lockPath)
      .then(async (seen) => {
        if (seen?.holder?.token !== me.token) {
          lost = true;
          return;
        }
        const now = new Date();
        await utimes(lockPath, now, now);
      })
      .catch(() => undefined);
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer), lost: () => lost };
}

/**
 * Runs `work` while holding an exclusive lock file (created with `O_EXCL`, so only one process at
 * a time succeeds), retrying with back-off while another process holds it, and refreshing it
 * while `work` runs. A lock left by a process that died (same machine) or not refreshed for
 * `staleMs` is taken over. `work` gets the held lock: `check()` before committing anything makes
 * sure the lock was not taken over meanwhile (a suspended run judged stale).
 *
 * @example await withLock('memory/.lock', async () => appendToMemory());
 */
export async function withLock<T>(
  lockPath: string,
  work: (held: HeldLock) => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const { timeoutMs = 30_000, staleMs = 120_000, minWaitMs = 20, maxWaitMs = 500 } = options;
  const isAlive = options.isAlive ?? processIsAlive;
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    token: randomBytes(8).toString('hex'),
    since: Date.now(),
    ...(options.purpose === undefined ? {} : { purpose: options.purpose }),
  };
  const started = Date.now();
  let wait = minWaitMs;
  let waiting = false;
  for (;;) {
    if (await tryCreate(lockPath, me)) break;
    const seen = await look(lockPath);
    if (seen !== null && isStale(seen, staleMs, isAlive)) {
      await breakStale(lockPath, seen, staleMs, isAlive);
      continue;
    }
    if (Date.now() - started >= timeoutMs) {
      const h = seen?.holder ?? null;
      throw new LockTimeoutError(lockPath, describeHolder(h), h);
    }
    if (!waiting) {
      waiting = true;
      options.onWait?.(seen?.holder ?? null);
    }
    await sleep(Math.min(wait + Math.floor(Math.random() * wait), Math.max(1, timeoutMs)));
    wait = Math.min(wait * 2, maxWaitMs);
  }
  const alive = keepAlive(lockPath, me, Math.max(10, Math.floor(staleMs / 4)));
  const held: HeldLock = {
    path: lockPath,
    check: async () => {
      const current = await look(lockPath).catch(() => null);
      if (alive.lost() || current?.holder?.token !== me.token) throw new LockLostError(lockPath);
    },
  };
  try {
    return await work(held);
  } finally {
    alive.stop();
    const current = await look(lockPath).catch(() => null);
    if (current?.holder?.token === me.token) await unlink(lockPath).catch(() => undefined);
  }
}
