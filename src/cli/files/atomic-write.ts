import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { crashPoint } from './crash-point';
import { removeOrphanedTemps } from './orphaned-temps';

/** A file written in full beside its target, waiting to replace it. */
export interface StagedFile {
  readonly target: string;
  readonly tempPath: string;
  /** Renames the temporary file onto the target (atomic on one file system). */
  commit(): Promise<void>;
  /** Removes the temporary file; the target stays as it was. */
  discard(): Promise<void>;
}

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

/** Makes a rename durable: flushes the directory entry (where the platform allows it). */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  if (handle === null) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/**
 * Writes `data` to a new temporary file in the target's directory (so the final rename stays on
 * one file system) and flushes it to disk. Nothing visible changes until `commit`. Temporary files
 * that a dead run left beside the target are removed first (`removeOrphanedTemps`).
 *
 * @example
 * const staged = await stageFile('/work/plan.tracked.xlsx', bytes);
 * await staged.commit();
 */
export async function stageFile(target: string, data: Uint8Array | string): Promise<StagedFile> {
  // Temporary files of a run that died (a crash, a kill) are cleared once they are safely old.
  await removeOrphanedTemps(dirname(target), basename(target)).catch(() => undefined);
  const tempPath = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const handle = await open(tempPath, 'wx');
  try {
    const half = Math.floor(bytes.length / 2);
    await handle.write(bytes.subarray(0, half));
    crashPoint('writing-temp');
    await handle.write(bytes.subarray(half));
    await handle.sync();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await removeQuietly(tempPath);
    throw e;
  }
  await handle.close();
  return {
    target,
    tempPath,
    commit: async () => {
      try {
        await rename(tempPath, target);
      } catch (e) {
        await removeQuietly(tempPath);
        throw e;
      }
      await syncDirectory(dirname(target));
    },
    discard: () => removeQuietly(tempPath),
  };
}

/**
 * Replaces `target` with `data` atomically: a reader sees the old file or the new one, never a
 * part; on any failure the target is as it was and no temporary file is left.
 *
 * @example await writeFileAtomic('memory/campaigns.json', '[]\n');
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const staged = await stageFile(target, data);
  await staged.commit();
}
