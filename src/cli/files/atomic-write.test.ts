import {
  chmod,
  chown,
  link,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageFile, writeFileAtomic } from './atomic-write';
import { FileWriteError } from './file-write-error';
import { fileStamp } from './file-stamp';
import { LockLostError } from './file-lock';

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'co-atomic-'));
}

const isRoot = process.getuid?.() === 0;

async function failure(run: Promise<unknown>): Promise<FileWriteError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof FileWriteError)) throw new Error(`expected a FileWriteError, got ${String(error)}`);
  return error;
}

describe('atomic writes', () => {
  it('replaces the target and leaves no temporary file', async () => {
    const dir = await scratch();
    const target = join(dir, 'out.json');
    await writeFile(target, 'old');
    expect(await writeFileAtomic(target, 'new')).toEqual([]);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('writes chunks given one after another, sync or async', async () => {
    const dir = await scratch();
    const target = join(dir, 'out.bin');
    await writeFileAtomic(target, [new Uint8Array([1, 2]), new Uint8Array([3])]);
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    async function* parts() {
      yield new Uint8Array([4]);
      yield new Uint8Array([5, 6]);
    }
    await writeFileAtomic(target, parts());
    expect([...(await readFile(target))]).toEqual([4, 5, 6]);
  });

  it('changes nothing visible before commit, and nothing at all when discarded', async () => {
    const dir = await scratch();
    const target = join(dir, 'out.json');
    await writeFile(target, 'old');
    const staged = await stageFile(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect((await readdir(dir)).length).toBe(2);
    await staged.discard();
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('refuses a target that is a folder, naming it, and leaves nothing', async () => {
    const dir = await scratch();
    const target = join(dir, 'taken');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'x');
    const error = await failure(writeFileAtomic(target, 'new'));
    expect(error.file).toBe(target);
    expect(error.message).toBe(
      `cannot write ${target}: the system refused the write: it is not a regular file`,
    );
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readdir(target)).toEqual(['inside']);
  });

  it('fails without a trace when the folder does not exist, naming the file, not a temporary one', async () => {
    const dir = await scratch();
    const target = join(dir, 'missing', 'out.json');
    const error = await failure(writeFileAtomic(target, 'x'));
    expect(error.errno).toBe('ENOENT');
    expect(error.message).toContain(target);
    expect(error.message).not.toContain('.tmp');
    expect(await readdir(dir)).toEqual([]);
  });

  it('replaces nothing when the verifier refuses the bytes read back, and says why', async () => {
    const dir = await scratch();
    const target = join(dir, 'book.xlsx');
    await writeFile(target, 'old');
    const seen: string[] = [];
    const error = await failure(
      writeFileAtomic(target, 'new', {
        verify: (bytes) => {
          seen.push(Buffer.from(bytes).toString('utf8'));
          throw new Error('not a zip archive');
        },
      }),
    );
    expect(seen).toEqual(['new']);
    expect(error.code).toBe('not_valid');
    expect(error.kept).toBe(true);
    expect(error.reason).toBe('the file read back from disk is damaged: not a zip archive');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['book.xlsx']);
  });

  it('keeps the permissions of the file it replaces (a private file stays private)', async () => {
    const dir = await scratch();
    const target = join(dir, 'private.xlsx');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect((await stat(target)).mode & 0o7777).toBe(0o600);
    await chmod(target, 0o640);
    await writeFileAtomic(target, 'newer');
    expect((await stat(target)).mode & 0o7777).toBe(0o640);
  });

  it.each([
    [0o600, 0o600],
    [0o640, 0o640],
    [0o444, 0o644],
    [0o666, 0o644],
  ])(
    'gives a new file made from a mode-%o file mode %o (no more access for others, always yours to write; umask 022)',
    async (inputMode, outputMode) => {
      const dir = await scratch();
      const input = join(dir, 'in.xlsx');
      await writeFile(input, 'in');
      await chmod(input, inputMode);
      const umask = process.umask(0o022);
      try {
        await writeFileAtomic(join(dir, 'in.tracked.xlsx'), 'out', { modeOf: input });
      } finally {
        process.umask(umask);
      }
      expect((await stat(join(dir, 'in.tracked.xlsx'))).mode & 0o777).toBe(outputMode);
    },
  );

  (isRoot ? it : it.skip)(
    'keeps the owner of the file it replaces (needs root to give files away)',
    async () => {
      const dir = await scratch();
      const target = join(dir, 'theirs.xlsx');
      await writeFile(target, 'old');
      await chown(target, 4321, 4322);
      expect(await writeFileAtomic(target, 'new')).toEqual([]);
      const info = await stat(target);
      expect([info.uid, info.gid]).toEqual([4321, 4322]);
    },
  );

  it('writes through a symbolic link: the link stays, its target is replaced in its own folder', async () => {
    const dir = await scratch();
    await mkdir(join(dir, 'archive'));
    await mkdir(join(dir, 'links'));
    const real = join(dir, 'archive', 'q3.xlsx');
    await writeFile(real, 'old');
    // A chain: links/current.xlsx → latest.xlsx → ../archive/q3.xlsx (relative to each link's folder).
    await symlink('../archive/q3.xlsx', join(dir, 'links', 'latest.xlsx'));
    await symlink('latest.xlsx', join(dir, 'links', 'current.xlsx'));
    const staged = await stageFile(join(dir, 'links', 'current.xlsx'), 'new');
    expect(staged.real).toBe(real);
    expect(staged.tempPath.startsWith(join(dir, 'archive', '.q3.xlsx.'))).toBe(true);
    await staged.commit();
    expect((await lstat(join(dir, 'links', 'current.xlsx'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'links', 'current.xlsx'))).toBe('latest.xlsx');
    expect(await readFile(real, 'utf8')).toBe('new');
    expect((await readdir(join(dir, 'archive'))).sort()).toEqual(['q3.xlsx']);
    expect((await readdir(join(dir, 'links'))).sort()).toEqual(['current.xlsx', 'latest.xlsx']);
  });

  it('creates the file a dangling link points to', async () => {
    const dir = await scratch();
    await symlink('new.json', join(dir, 'link.json'));
    await writeFileAtomic(join(dir, 'link.json'), '[]');
    expect(await readFile(join(dir, 'new.json'), 'utf8')).toBe('[]');
    expect((await lstat(join(dir, 'link.json'))).isSymbolicLink()).toBe(true);
  });

  it('refuses a loop of links', async () => {
    const dir = await scratch();
    await symlink('b', join(dir, 'a'));
    await symlink('a', join(dir, 'b'));
    const error = await failure(writeFileAtomic(join(dir, 'a'), 'x'));
    expect(error.errno).toBe('ELOOP');
    expect(error.file).toBe(join(dir, 'a'));
  });

  it('replaces one name of a hard-linked file and says so: the other name keeps the old bytes', async () => {
    const dir = await scratch();
    const target = join(dir, 'q3.xlsx');
    await writeFile(target, 'old');
    await link(target, join(dir, 'q3-copy.xlsx'));
    const notes = await writeFileAtomic(target, 'new');
    expect(notes).toEqual([{ code: 'hard_link_broken', file: target, otherNames: 1 }]);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readFile(join(dir, 'q3-copy.xlsx'), 'utf8')).toBe('old');
  });

  it('refuses to replace a file changed since it was stamped, and keeps that change', async () => {
    const dir = await scratch();
    const target = join(dir, 'q3.xlsx');
    await writeFile(target, 'as read');
    const stamp = await fileStamp(target);
    const staged = await stageFile(target, 'ours', { unchangedSince: stamp });
    await writeFile(target, 'saved by Excel meanwhile');
    const error = await failure(staged.commit());
    expect(error.code).toBe('changed_meanwhile');
    expect(await readFile(target, 'utf8')).toBe('saved by Excel meanwhile');
    expect(await readdir(dir)).toEqual(['q3.xlsx']);
  });

  it('refuses to commit when its lock was taken over', async () => {
    const dir = await scratch();
    const target = join(dir, 'q3.xlsx');
    const lock = {
      path: join(dir, '.lock'),
      check: () => Promise.reject(new LockLostError(join(dir, '.lock'))),
    };
    const staged = await stageFile(target, 'ours', { lock });
    const error = await failure(staged.commit());
    expect(error.code).toBe('lock_lost');
    expect(await readdir(dir)).toEqual([]);
  });
});
