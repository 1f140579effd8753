import type { FileAccessReason, FileIssue } from '../engine/issues/file-issue';
import { renderFileIssue } from '../engine/messages/render-file-issue';
import { InputError } from './errors';

const REASONS: Readonly<Record<string, FileAccessReason>> = {
  ENOENT: 'not_found',
  EACCES: 'permission',
  EPERM: 'permission',
  EISDIR: 'is_directory',
  ENOTDIR: 'not_directory',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  EMFILE: 'too_many_open',
  ENFILE: 'too_many_open',
  ENAMETOOLONG: 'name_too_long',
};

/**
 * The operating system's error on reading a file (`EACCES`, `EISDIR`, …) as a file issue, or
 * `null` for any other error. The system's message is left out. Writes have their own error,
 * `FileWriteError` (`files/file-write-error.ts`).
 *
 * @example fileAccessIssue(Object.assign(new Error('EISDIR: …'), { code: 'EISDIR' }))
 * // { code: 'file_unreadable', reason: 'is_directory', systemCode: 'EISDIR' }
 */
export function fileAccessIssue(error: unknown): FileIssue | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return null;
  return { code: 'file_unreadable', reason: REASONS[code] ?? 'other', systemCode: code };
}

/**
 * Runs `read`, turning an operating-system error into an `InputError` naming `file` as the user
 * gave it.
 *
 * @example const bytes = await withReadErrors('plan.xlsx', () => readFile('/work/plan.xlsx'));
 */
export async function withReadErrors<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    const issue = fileAccessIssue(e);
    if (issue === null) throw e;
    throw new InputError([renderFileIssue(issue, file)]);
  }
}
