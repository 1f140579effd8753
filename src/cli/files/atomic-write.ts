import { createHash, randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { crashPoint } from './crash-point';
import { FileWriteError, fileWriteError } from './file-write-error';
import { LockLostError, type HeldLock } from './file-lock';
import { removeOrphanedTemps } from './orphaned-temps';
import { isUnchanged, type FileStamp } from './file-stamp';
import { writeFully } from './write-fully';
import type { WriteNote } from './write-note';
import { resolveWriteTarget, type ExistingFile } from './write-target';

/** What a file is written from: bytes, text (UTF-8), or chunks in order. */
export type WriteData = Uint8Array | string | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

export interface StageOptions {
  /**
   * Checks the staged file as read back from disk (the bytes equal those written; this says
   * whether they are what the file must be: a workbook package, a JSON array). Throw to refuse
   * it; the message is shown as the reason. Nothing is replaced when it throws.
   */
  readonly verify?: (bytes: Uint8Array) => void | Promise<void>;
  /** For a new file: give group and others no more access than this file gives (a private workbook's tracked copy stays private). */
  readonly modeOf?: string;
  /** Checked just before the rename: the lock this write must still hold. */
  readonly lock?: HeldLock;
  /** Checked just before the rename: the target must still be as it was when read (nobody saved it since). */
  readonly unchangedSince?: FileStamp;
}

/** A file written in full beside its target, read back and checked, waiting to replace it. */
export interface StagedFile {
  /** The path as given (what messages name). */
  readonly target: string;
  /** The file replaced: the target with its symbolic links followed. */
  readonly real: string;
  readonly tempPath: string;
  /** What the replacement will not keep (hard links, owner); for warnings. */
  readonly notes: readonly WriteNote[];
  /** Renames the temporary file onto the target (atomic on one file system) and flushes the folder. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target stays as it was. */
  discard(): Promise<void>;
}

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

/** Errors of a directory `fsync` that only mean the platform cannot do it. */
const SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EISDIR', 'EBADF', 'EPERM', 'EACCES']);

/** Makes a rename durable: flushes the folder's entry (where the platform allows it). */
async function syncDirectory(dir: string, given: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  if (handle === null) return;
  try {
    await handle.sync();
  } catch (e) {
    const errno = (e as NodeJS.ErrnoException).code ?? null;
    if (errno === null || !SYNC_UNSUPPORTED.has(errno)) {
      throw new FileWriteError(given, 'not_durable', errno, null, false, { cause: e });
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function* chunksOf(data: WriteData): AsyncIterable<Uint8Array> {
  if (typeof data === 'string') yield Buffer.from(data, 'utf8');
  else if (data instanceof Uint8Array) {
    // Halves, so that a test can kill the tool with the file half written (`writing-temp`).
    const half = Math.floor(data.length / 2);
    yield data.subarray(0, half);
    yield data.subarray(half);
  } else yield* data;
}

/** Before the rename: the lock is still this run's, and nobody saved the target since it was read. */
async function confirmStillOurs(target: string, options: StageOptions): Promise<void> {
  if (options.lock !== undefined) {
    try {
      await options.lock.check();
    } catch (e) {
      if (!(e instanceof LockLostError)) throw e;
      throw new FileWriteError(target, 'lock_lost', null, null, true, { cause: e });
    }
  }
  if (options.unchangedSince !== undefined && !(await isUnchanged(options.unchangedSince))) {
    throw new FileWriteError(target, 'changed_meanwhile', null, null, true);
  }
}

/**
 * The permissions a new temporary file is created with (the umask applies): for a file that
 * replaces another, owner-only until `keepAttributes` copies the old one's; for a new file made
 * from another (`modeOf`), readable and writable by its owner, and by group and others only as far
 * as that file is — so a private workbook's tracked copy is private too.
 */
async function createMode(existing: ExistingFile | null, modeOf: string | undefined): Promise<number> {
  if (existing !== null) return 0o600;
  const source = modeOf === undefined ? null : await stat(modeOf).catch(() => null);
  return source === null ? 0o666 : 0o600 | (source.mode & 0o066);
}

/** Gives the new file the old one's owner and permissions; says what could not be kept. */
async function keepAttributes(
  handle: FileHandle,
  given: string,
  existing: ExistingFile,
): Promise<WriteNote[]> {
  const notes: WriteNote[] = [];
  const mine = await handle.stat();
  if (mine.uid !== existing.uid || mine.gid !== existing.gid) {
    // The owner first: changing it clears set-user-ID bits, which the mode below restores.
    const kept = await handle.chown(existing.uid, existing.gid).then(
      () => true,
      () =>
        handle.chown(-1, existing.gid).then(
          () => false,
          () => false,
        ),
    );
    if (!kept) notes.push({ code: 'owner_not_kept', file: given, uid: existing.uid, gid: existing.gid });
  }
  await handle.chmod(existing.mode & 0o7777);
  if (existing.links > 1)
    notes.push({ code: 'hard_link_broken', file: given, otherNames: existing.links - 1 });
  return notes;
}

/**
 * Writes `data` to a new temporary file in the target's folder (so the rename stays on one file
 * system; for a symbolic link, the folder of the file it points to), checking every byte is
 * accepted, flushes it, closes it, reads it back and compares it with what was written, then runs
 * `options.verify`. The new file gets the old one's permissions and owner. Nothing visible changes
 * until `commit`. Any failure removes the temporary file and throws a `FileWriteError` naming
 * `target` (never the temporary path). Temporary files that a dead run left beside the target are
 * removed first (`removeOrphanedTemps`).
 *
 * @example
 * const staged = await stageFile('/work/plan.tracked.xlsx', bytes, { verify: checkZipPackage });
 * await staged.commit();
 */
export async function stageFile(
  target: string,
  data: WriteData,
  options: StageOptions = {},
): Promise<StagedFile> {
  const { real, existing } = await resolveWriteTarget(target);
  // Temporary files of a run that died (a crash, a kill) are cleared once they are safely old.
  await removeOrphanedTemps(dirname(real), basename(real)).catch(() => undefined);
  const tempPath = join(
    dirname(real),
    `.${basename(real)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let handle: FileHandle | null;
  try {
    handle = await open(tempPath, 'wx', await createMode(existing, options.modeOf));
  } catch (e) {
    throw fileWriteError(target, e);
  }
  let notes: WriteNote[];
  try {
    const hash = createHash('sha256');
    let length = 0;
    let first = true;
    for await (const chunk of chunksOf(data)) {
      if (!first) await crashPoint('writing-temp');
      first = false;
      await writeFully(handle, chunk, target);
      hash.update(chunk);
      length += chunk.length;
    }
    notes = existing === null ? [] : await keepAttributes(handle, target, existing);
    await handle.sync();
    const closing = handle;
    handle = null;
    await closing.close();
    const back = await readFile(tempPath);
    if (back.length !== length || createHash('sha256').update(back).digest('hex') !== hash.digest('hex')) {
      throw new FileWriteError(target, 'read_back_differs', null, `${back.length} of ${length} bytes`, true);
    }
    if (options.verify !== undefined) {
      try {
        await options.verify(back);
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        throw new FileWriteError(target, 'not_valid', null, detail, true, { cause: e });
      }
    }
  } catch (e) {
    if (handle !== null) await handle.close().catch(() => undefined);
    await removeQuietly(tempPath);
    throw fileWriteError(target, e);
  }
  return {
    target,
    real,
    tempPath,
    notes,
    commit: async () => {
      try {
        await confirmStillOurs(target, options);
        await rename(tempPath, real);
      } catch (e) {
        await removeQuietly(tempPath);
        throw fileWriteError(target, e);
      }
      await syncDirectory(dirname(real), target);
    },
    discard: () => removeQuietly(tempPath),
  };
}

/**
 * Replaces `target` with `data` atomically (`stageFile`, then `commit`): a reader sees the old
 * file or the new one, never a part; on any failure the target is as it was, no temporary file is
 * left, and the error is a `FileWriteError` naming `target`. Returns what the replacement could
 * not keep (`WriteNote`s: hard links, owner).
 *
 * @example await writeFileAtomic('memory/campaigns.json', '[]\n', { verify: jsonArrayOf(0) });
 */
export async function writeFileAtomic(
  target: string,
  data: WriteData,
  options: StageOptions = {},
): Promise<readonly WriteNote[]> {
  const staged = await stageFile(target, data, options);
  await staged.commit();
  return staged.notes;
}
