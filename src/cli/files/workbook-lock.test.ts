import { mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordingIo } from '../../../test/cli/helpers/recording-io';
import { FileWriteError } from './file-write-error';
import { lockWaitMs, withWorkbookLock, workbookLockPath } from './workbook-lock';

describe('the workbook lock', () => {
  it('lives beside the file a link points to, so every name of a file shares it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'co-wblock-'));
    await mkdir(join(dir, 'archive'));
    await writeFile(join(dir, 'archive', 'q3.xlsx'), 'x');
    await symlink('archive/q3.xlsx', join(dir, 'current.xlsx'));
    const seen: string[] = [];
    await withWorkbookLock(join(dir, 'current.xlsx'), 'import', recordingIo(dir), async ({ real, lock }) => {
      seen.push(real, lock.path, ...(await readdir(join(dir, 'archive'))).sort());
    });
    expect(seen).toEqual([
      join(dir, 'archive', 'q3.xlsx'),
      workbookLockPath(join(dir, 'archive', 'q3.xlsx')),
      '.q3.xlsx.campaign-operator.lock',
      'q3.xlsx',
    ]);
    expect(await readdir(join(dir, 'archive'))).toEqual(['q3.xlsx']);
  });

  it('stops at once with CAMPAIGN_OPERATOR_LOCK_WAIT=0, naming the workbook, the holder and the lock', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'co-wblock-'));
    const book = join(dir, 'q3.xlsx');
    await writeFile(book, 'x');
    const holder = { pid: 4242, host: 'other-pc', token: 't', since: 0, purpose: 'track' };
    await writeFile(workbookLockPath(book), JSON.stringify(holder));
    const io = recordingIo(dir);
    const run = withWorkbookLock(book, 'import', io, async () => 'never', {
      timeoutMs: lockWaitMs({ CAMPAIGN_OPERATOR_LOCK_WAIT: '0' }),
    });
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect(error).toMatchObject({ code: 'locked', file: book, kept: true });
    expect((error as FileWriteError).reason).toBe(
      'another campaign-operator run is writing it: process 4242 on other-pc (track); waited 0 s. Run again once it has finished; if no campaign-operator is running, delete .q3.xlsx.campaign-operator.lock',
    );
  });

  it.each([
    [undefined, 30_000],
    ['', 30_000],
    ['5', 5_000],
    ['0.5', 500],
    ['0', 0],
  ])('waits CAMPAIGN_OPERATOR_LOCK_WAIT=%j seconds: %d ms', (value, ms) => {
    expect(lockWaitMs(value === undefined ? {} : { CAMPAIGN_OPERATOR_LOCK_WAIT: value })).toBe(ms);
  });

  it.each(['soon', '-1', 'Infinity'])('refuses CAMPAIGN_OPERATOR_LOCK_WAIT=%j', (value) => {
    expect(() => lockWaitMs({ CAMPAIGN_OPERATOR_LOCK_WAIT: value })).toThrow(
      `CAMPAIGN_OPERATOR_LOCK_WAIT="${value}" is not a number of seconds`,
    );
  });
});
