import { InputError } from './errors';
import { fileAccessIssue, withReadErrors } from './file-access';

const systemError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('fileAccessIssue', () => {
  it.each([
    ['EACCES', 'permission'],
    ['EPERM', 'permission'],
    ['EISDIR', 'is_directory'],
    ['ENOTDIR', 'not_directory'],
    ['EMFILE', 'too_many_open'],
    ['EBUSY', 'busy'],
    ['EIO', 'other'],
  ])('%s is %s', (code, reason) => {
    expect(fileAccessIssue(systemError(code, ''))).toEqual({
      code: 'file_unreadable',
      reason,
      systemCode: code,
    });
  });

  it('is null for any other error', () => {
    expect(fileAccessIssue(new TypeError("Cannot read properties of undefined (reading 'name')"))).toBeNull();
    expect(fileAccessIssue('EACCES')).toBeNull();
  });
});

describe('withReadErrors', () => {
  it('names the file as the user gave it, without the system message', async () => {
    const failing = () =>
      Promise.reject(systemError('EACCES', "EACCES: permission denied, open '/work/in/plan.xlsx'"));
    const error = await withReadErrors('plan.xlsx', failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).lines).toEqual([
      'plan.xlsx cannot be read: permission denied (check who may read it)',
    ]);
  });

  it('lets other errors through, and values', async () => {
    await expect(withReadErrors('x', () => Promise.resolve(3))).resolves.toBe(3);
    await expect(withReadErrors('x', () => Promise.reject(new RangeError('bug')))).rejects.toThrow('bug');
  });
});
