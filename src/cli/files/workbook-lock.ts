import { basename, dirname, join } from 'node:path';
import { displayPath } from '../display-path';
import { UsageError } from '../errors';
import type { CliIo } from '../io';
import { crashPoint } from './crash-point';
import { describeHolder, LockTimeoutError, withLock, type HeldLock, type LockOptions } from './file-lock';
import { FileWriteError, fileWriteError } from './file-write-error';
import { fileStamp, type FileStamp } from './file-stamp';
import { ownerFileBeside } from './open-elsewhere';
import { resolveWriteTarget } from './write-target';

/** The environment variable that sets how long a run waits for a workbook another run is writing. */
export const LOCK_WAIT_VARIABLE = 'CAMPAIGN_OPERATOR_LOCK_WAIT';
const DEFAULT_WAIT_S = 30;

/** A workbook this run holds the lock of (`withWorkbookLock`). */
export interface LockedWorkbook {
  /** The path as given. */
  readonly path: string;
  /** The file behind it (symbolic links followed), whose folder holds the lock. */
  readonly real: string;
  readonly lock: HeldLock;
  /** The workbook as it was once locked, before anything was read (`unchangedSince` of its write). */
  readonly stamp: FileStamp;
}

/**
 * The lock file of a workbook: beside the file itself (symbolic links followed, so every name of
 * the file shares one lock), hidden, named after it.
 *
 * @example workbookLockPath('/work/q3.xlsx') // '/work/.q3.xlsx.campaign-operator.lock'
 */
export function workbookLockPath(real: string): string {
  return join(dirname(real), `.${basename(real)}.campaign-operator.lock`);
}

/**
 * How long to wait for a workbook another run holds: `CAMPAIGN_OPERATOR_LOCK_WAIT` seconds
 * (default 30; 0 stops at once). A value that is not a number of seconds is a `UsageError`.
 *
 * @example lockWaitMs({ CAMPAIGN_OPERATOR_LOCK_WAIT: '5' }) // 5000
 */
export function lockWaitMs(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[LOCK_WAIT_VARIABLE];
  if (text === undefined || text.trim() === '') return DEFAULT_WAIT_S * 1000;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new UsageError(`${LOCK_WAIT_VARIABLE}="${text}" is not a number of seconds`);
  }
  return Math.round(seconds * 1000);
}

/**
 * Runs a read-modify-write of `workbook` holding its lock (docs/reliability.md, "Locks"): take
 * it before reading anything, and pass `lock` and `stamp` to the write so that it is refused if
 * the lock was lost or the file changed meanwhile. A second run waits (saying so on standard
 * error) up to `CAMPAIGN_OPERATOR_LOCK_WAIT` seconds, then stops with a `FileWriteError`
 * (`locked`) naming the workbook and the run holding it. A lock whose process died is taken over.
 * A workbook that Excel or LibreOffice seems to have open (its owner file is beside it) gets a
 * warning: their next save would replace what this run writes.
 *
 * @example
 * await withWorkbookLock(path, 'import', io, async ({ lock, stamp }) => {
 *   const bytes = await readFile(path); // … change it …
 *   await writeFileAtomic(path, changed, { lock, unchangedSince: stamp, verify });
 * });
 */
export async function withWorkbookLock<T>(
  workbook: string,
  purpose: string,
  io: CliIo,
  work: (locked: LockedWorkbook) => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const { real } = await resolveWriteTarget(workbook);
  const lockPath = workbookLockPath(real);
  const timeoutMs = options.timeoutMs ?? lockWaitMs();
  const name = displayPath(io.cwd, workbook);
  let locked = false;
  try {
    return await withLock(
      lockPath,
      async (lock) => {
        locked = true;
        await crashPoint('locked-workbook');
        const stamp = await fileStamp(real);
        const owner = stamp.exists ? await ownerFileBeside(real) : null;
        if (owner !== null) {
          io.stderr(
            `Warning: ${name} looks open in another program (${owner} is beside it); if it is, close it without saving and open it again once this run is done, or its next save will undo this run\n`,
          );
        }
        return work({ path: workbook, real, lock, stamp });
      },
      {
        purpose,
        onWait: (holder) =>
          io.stderr(
            `Waiting for ${name}: ${describeHolder(holder)} is writing it (up to ${Math.round(timeoutMs / 1000)} s)…\n`,
          ),
        ...options,
        timeoutMs,
      },
    );
  } catch (e) {
    if (locked) throw e;
    if (e instanceof LockTimeoutError) {
      throw new FileWriteError(
        workbook,
        'locked',
        null,
        `${e.holder}; waited ${Math.round(timeoutMs / 1000)} s. Run again once it has finished; if no campaign-operator is running, delete ${displayPath(io.cwd, lockPath)}`,
        true,
        { cause: e },
      );
    }
    // The lock file itself could not be made (a read-only folder, a full disk): the workbook cannot be written.
    throw fileWriteError(workbook, e);
  }
}
