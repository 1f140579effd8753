import type { FileHandle } from 'node:fs/promises';
import { FileWriteError } from './file-write-error';

/**
 * Writes every byte of `chunk` at the handle's position. A system call may write fewer bytes than
 * asked (a disk filling up, a file size limit): the rest is written again, so the true error
 * (`ENOSPC`, `EFBIG`, …) is thrown by the next call; a call that writes nothing twice in a row
 * without an error is a `short_write` for `file` (the user's path, for the message).
 *
 * @example await writeFully(handle, bytes, '/work/q3.xlsx');
 */
export async function writeFully(handle: FileHandle, chunk: Uint8Array, file: string): Promise<void> {
  let offset = 0;
  let stalled = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    if (bytesWritten === 0 && ++stalled > 1) {
      throw new FileWriteError(file, 'short_write', null, `${offset} of ${chunk.length} bytes`, true);
    }
    if (bytesWritten > 0) stalled = 0;
    offset += bytesWritten;
  }
}
