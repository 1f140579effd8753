import { displayPath } from '../display-path';

/**
 * Why a file could not be written, as a code a script can test (docs/cli.md, "When a write fails"):
 *
 * - `disk_full`: the file system has no space left (`ENOSPC`);
 * - `file_too_large`: the file is over a size limit (`EFBIG`: `ulimit -f`, the file system's own);
 * - `quota_exceeded`: the user's disk quota is used up (`EDQUOT`);
 * - `io_error`: the device reported an error (`EIO`);
 * - `short_write`: the system took fewer bytes than given and reported no error;
 * - `read_back_differs`: the bytes read back from disk are not the bytes written;
 * - `not_valid`: read back, the file is not what it must be (a workbook package, a JSON array);
 * - `permission_denied`: `EACCES`, `EPERM`, or a read-only file the user could not write;
 * - `read_only_file_system`: `EROFS`;
 * - `locked`: another run holds the file's lock and did not finish within the wait;
 * - `changed_meanwhile`: the file changed on disk while this run worked on it (another program
 *   saved it); replacing it would lose that save;
 * - `lock_lost`: the run's lock on the file was taken over (the run was suspended for minutes);
 * - `not_durable`: the file was renamed into place but the system would not confirm its folder
 *   is on disk (the new file is in place; a power cut now could lose it);
 * - `other`: anything else (its system code is kept in `errno`).
 */
export type WriteFailure =
  | 'disk_full'
  | 'file_too_large'
  | 'quota_exceeded'
  | 'io_error'
  | 'short_write'
  | 'read_back_differs'
  | 'not_valid'
  | 'permission_denied'
  | 'read_only_file_system'
  | 'locked'
  | 'changed_meanwhile'
  | 'lock_lost'
  | 'not_durable'
  | 'other';

const BY_ERRNO: Readonly<Record<string, WriteFailure>> = {
  ENOSPC: 'disk_full',
  EFBIG: 'file_too_large',
  EDQUOT: 'quota_exceeded',
  EIO: 'io_error',
  EACCES: 'permission_denied',
  EPERM: 'permission_denied',
  EROFS: 'read_only_file_system',
};

const REASON: Readonly<Record<WriteFailure, string>> = {
  disk_full: 'the disk is full',
  file_too_large: 'the file is larger than this system allows (a file size limit such as ulimit -f)',
  quota_exceeded: 'your disk quota is used up',
  io_error: 'the disk reported an input/output error',
  short_write: 'the system accepted only part of the file',
  read_back_differs: 'the file read back from disk is not what was written',
  not_valid: 'the file read back from disk is damaged',
  permission_denied: 'permission denied',
  read_only_file_system: 'the file system is read-only',
  locked: 'another campaign-operator run is writing it',
  changed_meanwhile: 'it changed on disk while this run was working on it (saved by another program?)',
  lock_lost: 'another run took over its lock while this run was paused',
  not_durable: 'the system did not confirm that it is on disk',
  other: 'the system refused the write',
};

/**
 * A file the user named could not be written. `file` is the path the user gave (never a
 * temporary file); `kept` says whether that file is exactly as it was (nothing of it was
 * replaced). Created from a system error by `fileWriteError`.
 */
export class FileWriteError extends Error {
  override readonly name = 'FileWriteError';
  constructor(
    readonly file: string,
    readonly code: WriteFailure,
    readonly errno: string | null,
    readonly detail: string | null,
    readonly kept: boolean,
    options?: { cause?: unknown },
  ) {
    super(`cannot write ${file}: ${describeFailure(code, errno, detail)}`, options);
  }

  /** The failure in words, without the file: `the disk is full (ENOSPC)`. */
  get reason(): string {
    return describeFailure(this.code, this.errno, this.detail);
  }
}

function describeFailure(code: WriteFailure, errno: string | null, detail: string | null): string {
  const words = `${REASON[code]}${errno !== null && code !== 'other' ? ` (${errno})` : ''}`;
  if (code === 'other') return `${words}${errno !== null ? ` (${errno})` : ''}${detail ? `: ${detail}` : ''}`;
  return detail ? `${words}: ${detail}` : words;
}

/**
 * The error as the CLI prints it: the file as the user typed it, why, and what became of it.
 *
 * @example fileWriteErrorText(error, '/work') // 'cannot write q3.xlsx: the disk is full (ENOSPC). Nothing was written.'
 */
export function fileWriteErrorText(error: FileWriteError, cwd: string): string {
  const name = displayPath(cwd, error.file);
  const outcome = error.kept
    ? 'Nothing was written.'
    : `${name} is in place, but a power cut now could lose it; check it before relying on it.`;
  return `cannot write ${name}: ${error.reason}. ${outcome}`;
}

/**
 * The `FileWriteError` for a failure while writing `file` (the user's path), whatever was thrown:
 * a system error keeps its code (`ENOSPC` → `disk_full`), a `FileWriteError` is returned as it is.
 *
 * @example fileWriteError('/work/q3.xlsx', Object.assign(new Error('x'), { code: 'ENOSPC' })).code // 'disk_full'
 */
export function fileWriteError(file: string, error: unknown, kept = true): FileWriteError {
  if (error instanceof FileWriteError) return error;
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof errno === 'string') {
    return new FileWriteError(file, BY_ERRNO[errno] ?? 'other', errno, null, kept, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new FileWriteError(file, 'other', null, detail, kept, { cause: error });
}
