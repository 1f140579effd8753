import { constants } from 'node:fs';
import { access, lstat, readlink, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { FileWriteError } from './file-write-error';

/** What a file to be replaced is now: its permissions, owner and how many names it has. */
export interface ExistingFile {
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** Names of the file (hard links), this one included. */
  readonly links: number;
}

/** Where a write to a path the user gave really goes. */
export interface WriteTarget {
  /** The path as given (absolute): what messages name. */
  readonly given: string;
  /** The file replaced: `given` with every symbolic link followed (the links stay links). */
  readonly real: string;
  /** The file there now, or `null` when the write creates it. */
  readonly existing: ExistingFile | null;
}

/** Symbolic links followed before giving up, as Linux does (`ELOOP`). */
const MAX_LINKS = 40;

const errnoOf = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code;

/**
 * Follows the symbolic links of `given` to the file a write must replace, so that the write goes
 * to the link's target (in the target's own folder) and the link stays a link. A link to a file
 * that does not exist yet resolves to that file. Refuses (`FileWriteError`) a target that is not
 * a regular file or that the user may not write (a read-only file is never replaced behind its
 * owner's back, even though its folder would allow the rename).
 *
 * @example (await resolveWriteTarget('/work/current.xlsx')).real // '/work/archive/q3.xlsx'
 */
export async function resolveWriteTarget(given: string): Promise<WriteTarget> {
  let path = resolve(given);
  for (let hop = 0; hop <= MAX_LINKS; hop++) {
    const info = await lstat(path).catch((e: unknown) => {
      if (errnoOf(e) === 'ENOENT') return null;
      throw new FileWriteError(given, 'other', errnoOf(e) ?? null, null, true, { cause: e });
    });
    if (info === null) return { given, real: path, existing: null };
    if (info.isSymbolicLink()) {
      // The link's text is relative to the folder holding the link, wherever that folder really is.
      const folder = await realpath(dirname(path)).catch(() => dirname(path));
      path = resolve(folder, await readlink(path));
      continue;
    }
    if (!info.isFile()) {
      throw new FileWriteError(given, 'other', null, 'it is not a regular file', true);
    }
    const writable = await access(path, constants.W_OK).then(
      () => true,
      () => false,
    );
    if (!writable) {
      throw new FileWriteError(given, 'permission_denied', null, 'the file is read-only for you', true);
    }
    const { mode, uid, gid, nlink } = await stat(path);
    return { given, real: path, existing: { mode, uid, gid, links: nlink } };
  }
  throw new FileWriteError(given, 'other', 'ELOOP', 'too many symbolic links', true);
}
