import type { FileHandle } from 'node:fs/promises';
import { FileWriteError } from './file-write-error';
import { writeFully } from './write-fully';

/** A handle that takes at most `accept[i]` bytes on the i-th call, then throws `then`. */
function handleTaking(accept: readonly number[], then: Error | null) {
  const written: number[] = [];
  let call = 0;
  const handle = {
    write: async (buffer: Uint8Array, offset: number, length: number) => {
      const limit = accept[call++];
      if (limit === undefined) {
        if (then !== null) throw then;
        written.push(...buffer.subarray(offset, offset + length));
        return { bytesWritten: length, buffer };
      }
      const n = Math.min(limit, length);
      written.push(...buffer.subarray(offset, offset + n));
      return { bytesWritten: n, buffer };
    },
  } as unknown as FileHandle;
  return { handle, written, calls: () => call };
}

const BYTES = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);

describe('writeFully', () => {
  it('writes again what a partial write left, in order', async () => {
    const h = handleTaking([3, 1, 2], null);
    await writeFully(h.handle, BYTES, '/w/q3.xlsx');
    expect(h.written).toEqual([...BYTES]);
    expect(h.calls()).toBe(4);
  });

  it('lets the error of the write after a partial one through (the disk filled up)', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const h = handleTaking([5], full);
    await expect(writeFully(h.handle, BYTES, '/w/q3.xlsx')).rejects.toBe(full);
    expect(h.written).toEqual([1, 2, 3, 4, 5]);
  });

  it('is a short write, naming the file, when the system keeps taking nothing without an error', async () => {
    const h = handleTaking([4, 0, 0], null);
    const run = writeFully(h.handle, BYTES, '/w/q3.xlsx');
    await expect(run).rejects.toBeInstanceOf(FileWriteError);
    await expect(run).rejects.toMatchObject({
      code: 'short_write',
      file: '/w/q3.xlsx',
      detail: '4 of 8 bytes',
    });
  });
});
