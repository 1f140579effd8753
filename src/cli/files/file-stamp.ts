import { stat } from 'node:fs/promises';

/** What a file was when a run read it: enough to tell that someone has saved it since. */
export type FileStamp =
  | { readonly exists: false; readonly path: string }
  | {
      readonly exists: true;
      readonly path: string;
      readonly dev: bigint;
      readonly ino: bigint;
      readonly size: bigint;
      readonly mtimeNs: bigint;
    };

/**
 * The stamp of `path` now (symbolic links followed): its identity, size and modification time,
 * or that it does not exist. Take it before reading a file that the run will replace.
 *
 * @example const stamp = await fileStamp('/work/q3.xlsx'); // later: await isUnchanged(stamp)
 */
export async function fileStamp(path: string): Promise<FileStamp> {
  const info = await stat(path, { bigint: true }).catch((e: unknown) => {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  });
  if (info === null) return { exists: false, path };
  return { exists: true, path, dev: info.dev, ino: info.ino, size: info.size, mtimeNs: info.mtimeNs };
}

/**
 * Whether the file is still as stamped: same file (not replaced), same size and modification
 * time, or still absent.
 *
 * @example await isUnchanged(stamp) // false once Excel has saved the file
 */
export async function isUnchanged(stamp: FileStamp): Promise<boolean> {
  const now = await fileStamp(stamp.path);
  if (!now.exists || !stamp.exists) return now.exists === stamp.exists;
  return (
    now.dev === stamp.dev && now.ino === stamp.ino && now.size === stamp.size && now.mtimeNs === stamp.mtimeNs
  );
}
