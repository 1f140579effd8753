import { FileWriteError, fileWriteError, fileWriteErrorText } from './file-write-error';

const system = (code: string) => Object.assign(new Error(`${code}: something, write`), { code });

describe('fileWriteError', () => {
  it.each([
    ['ENOSPC', 'disk_full', 'the disk is full (ENOSPC)'],
    [
      'EFBIG',
      'file_too_large',
      'the file is larger than this system allows (a file size limit such as ulimit -f) (EFBIG)',
    ],
    ['EDQUOT', 'quota_exceeded', 'your disk quota is used up (EDQUOT)'],
    ['EIO', 'io_error', 'the disk reported an input/output error (EIO)'],
    ['EACCES', 'permission_denied', 'permission denied (EACCES)'],
    ['EROFS', 'read_only_file_system', 'the file system is read-only (EROFS)'],
    ['EXDEV', 'other', 'the system refused the write (EXDEV)'],
  ])('turns %s into %s, naming the file the user gave', (errno, code, reason) => {
    const error = fileWriteError('/work/q3.xlsx', system(errno));
    expect(error).toMatchObject({ code, errno, file: '/work/q3.xlsx', kept: true });
    expect(error.reason).toBe(reason);
    expect(error.message).toBe(`cannot write /work/q3.xlsx: ${reason}`);
  });

  it('keeps a FileWriteError as it is, and words anything else', () => {
    const own = new FileWriteError('/w/a.json', 'short_write', null, '3 of 9 bytes', true);
    expect(fileWriteError('/w/other', own)).toBe(own);
    expect(fileWriteError('/w/a.json', new Error('boom')).reason).toBe('the system refused the write: boom');
  });

  it('prints the path as the user typed it, and what became of the file', () => {
    const kept = fileWriteError('/work/out/q3.xlsx', system('ENOSPC'));
    expect(fileWriteErrorText(kept, '/work')).toBe(
      'cannot write out/q3.xlsx: the disk is full (ENOSPC). Nothing was written.',
    );
    const placed = new FileWriteError('/work/q3.xlsx', 'not_durable', 'EIO', null, false);
    expect(fileWriteErrorText(placed, '/work')).toBe(
      'cannot write q3.xlsx: the system did not confirm that it is on disk (EIO). q3.xlsx is in place, but a power cut now could lose it; check it before relying on it.',
    );
  });
});
