import { randomBytes } from 'node:crypto';
import { link, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { processIsAlive } from './process-alive';

/** Who holds a lock, as written in the lock file. */
interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
  readonly since: number;
}

export interface LockOptions {
  /** Give up after this long (default 30 s). */
  readonly timeoutMs?: number;
  /** A lock older than this is abandoned whoever holds it (default 2 min; a run holds it for less than a second). */
  readonly staleMs?: number;
  /** First wait between attempts; it doubles up to `maxWaitMs` (defaults 20 ms and 500 ms). */
  readonly minWaitMs?: number;
  readonly maxWaitMs?: number;
  /** Whether a process of this machine is running (tests replace it). */
  readonly isAlive?: (pid: number) => boolean;
}

/** The lock stayed taken for the whole timeout. */
export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
  constructor(
    readonly lockPath: string,
    readonly holder: string,
  ) {
    super(`${lockPath} is held by ${holder}; if no campaign-operator is running, delete that file`);
  }
}

function parseHolder(text: string): Holder | null {
  try {
    const v = JSON.parse(text) as Partial<Holder>;
    if (typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.token === 'string') {
      return { pid: v.pid, host: v.host, token: v.token, since: Number(v.since) };
    }
  } catch {
    // A lock file being written by its creator is empty for a moment.
  }
  return null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Seen {
  readonly text: string;
  readonly holder: Holder | null;
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
 * checked; if it turns out to be a newer lock than the stale one seen, it is put back.
 */
async function breakStale(lockPath: string, seen: Seen): Promise<void> {
  const aside = `${lockPath}.stale-${randomBytes(6).toString('hex')}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return; // someone else broke it first
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  if (moved !== seen.text) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

/**
 * Runs `work` while holding an exclusive lock file (created with `wx`, so only one process at a
 * time succeeds), retrying with back-off while another process holds it. A lock left by a process
 * that died (same machine) or older than `staleMs` is taken over.
 *
 * @example await withLock('memory/.lock', async () => appendToMemory());
 */
export async function withLock<T>(
  lockPath: string,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const { timeoutMs = 30_000, staleMs = 120_000, minWaitMs = 20, maxWaitMs = 500 } = options;
  const isAlive = options.isAlive ?? processIsAlive;
  const me: Holder = {
    pid: process.pid,
    host: hostname(),
    token: randomBytes(8).toString('hex'),
    since: Date.now(),
  };
  const started = Date.now();
  let wait = minWaitMs;
  for (;;) {
    try {
      await writeFile(lockPath, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const seen = await look(lockPath);
    if (seen !== null && isStale(seen, staleMs, isAlive)) {
      await breakStale(lockPath, seen);
      continue;
    }
    if (Date.now() - started > timeoutMs) {
      const h = seen?.holder;
      throw new LockTimeoutError(lockPath, h ? `process ${h.pid} on ${h.host}` : 'another process');
    }
    await sleep(wait + Math.floor(Math.random() * wait));
    wait = Math.min(wait * 2, maxWaitMs);
  }
  try {
    return await work();
  } finally {
    const current = await look(lockPath).catch(() => null);
    if (current?.holder?.token === me.token) await unlink(lockPath).catch(() => undefined);
  }
}
