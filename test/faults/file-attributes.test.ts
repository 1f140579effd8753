import {
  chmod,
  chown,
  copyFile,
  link,
  lstat,
  mkdir,
  readFile,
  readlink,
  rename,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { PAUSE_AT, PAUSE_UNTIL } from '../../src/cli/files/crash-point';
import { GOOD_AS_OF, goodWorkbookSpecs, workbookOf } from '../cli/helpers/good-workbook';
import { sha256 } from '../cli/helpers/workspace';
import {
  channelsOf,
  faultWorkspace,
  fileExists,
  filesUnder,
  MEMORY_BEFORE,
  runTool,
  sheetsOf,
  startTool,
  waitUntil,
  type Workspace,
} from './fault-workspace';

const EXPORT = join(__dirname, '..', 'fixtures', 'imports', 'tiktok-ads.csv');
const importInto = (workbook: string) => [
  'import',
  'tiktok-ads.csv',
  '--into',
  workbook,
  '--campaign',
  'C-1',
];
const trackInPlace = (workbook: string) => ['track', workbook, '--out', workbook, '--as-of', GOOD_AS_OF];
const TRACK = ['track', 'plan.xlsx', '--as-of', GOOD_AS_OF];

/** A user who is not the superuser, for the cases only such a user meets (the tests run as root in CI). */
const OTHER = { uid: 4321, gid: 4321 };
const isRoot = process.getuid?.() === 0;
const asRoot = isRoot ? it : it.skip;

const modeOf = async (path: string) => (await stat(path)).mode & 0o7777;

async function workspace(): Promise<Workspace> {
  const ws = await faultWorkspace(await workbookOf(goodWorkbookSpecs()));
  await copyFile(EXPORT, join(ws.dir, 'tiktok-ads.csv'));
  return ws;
}

const strays = async (dir: string) =>
  (await filesUnder(dir)).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'));

describe('an in-place write keeps the file', () => {
  it('a mode-600 workbook stays 600 through import and track --out onto itself', async () => {
    const ws = await workspace();
    await chmod(ws.input, 0o600);
    expect(runTool(ws.dir, importInto('plan.xlsx')).code).toBe(0);
    expect(await modeOf(ws.input)).toBe(0o600);
    expect(runTool(ws.dir, trackInPlace('plan.xlsx')).code).toBe(0);
    expect(await modeOf(ws.input)).toBe(0o600);
    expect(await channelsOf(ws.input)).toContain('TikTok Ads');
  }, 120_000);

  it("a private workbook's tracked copy is private too, and a mode-600 memory file stays 600", async () => {
    const ws = await workspace();
    await chmod(ws.input, 0o600);
    await chmod(join(ws.memory, 'campaigns.json'), 0o600);
    expect(runTool(ws.dir, TRACK).code).toBe(0);
    expect(await modeOf(join(ws.dir, 'plan.tracked.xlsx'))).toBe(0o600);
    expect(await modeOf(join(ws.memory, 'campaigns.json'))).toBe(0o600);
    expect(await modeOf(join(ws.memory, 'learnings.json'))).toBe(0o644);
  }, 120_000);

  asRoot(
    'keeps the owner of the workbook and of the memory files (run as root)',
    async () => {
      const ws = await workspace();
      await chown(ws.input, 4321, 4322);
      await chown(join(ws.memory, 'learnings.json'), 4323, 4324);
      expect(runTool(ws.dir, importInto('plan.xlsx')).code).toBe(0);
      expect(runTool(ws.dir, trackInPlace('plan.xlsx')).code).toBe(0);
      const book = await stat(ws.input);
      const learnings = await stat(join(ws.memory, 'learnings.json'));
      expect([book.uid, book.gid, learnings.uid, learnings.gid]).toEqual([4321, 4322, 4323, 4324]);
    },
    120_000,
  );

  asRoot(
    'a user who cannot keep the owner is told the file is now theirs (run as another user)',
    async () => {
      const ws = await workspace();
      for (const d of [ws.dir, ws.memory]) await chmod(d, 0o777);
      await chmod(ws.input, 0o666);
      const run = startTool(ws.dir, importInto('plan.xlsx'), {}, OTHER);
      const r = await run.done;
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(
        'Warning: plan.xlsx belonged to user 0 (group 0); only the superuser can keep that owner, so the new file is yours\n',
      );
      const info = await stat(ws.input);
      expect([info.uid, info.gid, info.mode & 0o777]).toEqual([OTHER.uid, OTHER.gid, 0o666]);
    },
    120_000,
  );

  asRoot(
    'a workbook that is read-only for its user is not replaced (run as another user)',
    async () => {
      const ws = await workspace();
      await chmod(ws.dir, 0o777);
      await chown(ws.input, OTHER.uid, OTHER.gid);
      await chmod(ws.input, 0o444);
      const r = await startTool(ws.dir, importInto('plan.xlsx'), {}, OTHER).done;
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
        code: 1,
        stdout: '',
        stderr:
          'campaign-operator: cannot write plan.xlsx: permission denied: the file is read-only for you. Nothing was written.\n',
      });
      expect(sha256(ws.input)).toBe(ws.before.input);
      expect(await strays(ws.dir)).toEqual([]);
    },
    120_000,
  );
});

describe('symbolic links', () => {
  async function linked(): Promise<Workspace & { real: string }> {
    const ws = await workspace();
    await mkdir(join(ws.dir, 'archive'));
    const real = join(ws.dir, 'archive', 'plan.xlsx');
    await rename(ws.input, real);
    await symlink('archive/plan.xlsx', join(ws.dir, 'current.xlsx'));
    return { ...ws, real };
  }

  it('import and track --out through a link write the file it points to; the link stays a link', async () => {
    const ws = await linked();
    const r = runTool(ws.dir, importInto('current.xlsx'));
    expect([r.code, r.stdout.endsWith('Wrote current.xlsx.\n')]).toEqual([0, true]);
    expect(runTool(ws.dir, trackInPlace('current.xlsx')).code).toBe(0);
    const link = join(ws.dir, 'current.xlsx');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('archive/plan.xlsx');
    expect(await channelsOf(ws.real)).toContain('TikTok Ads');
    expect((await sheetsOf(ws.real)).some((s) => s.startsWith('Report'))).toBe(true);
    expect(await strays(ws.dir)).toEqual([]);
    expect((await filesUnder(ws.dir)).filter((f) => !f.startsWith('memory/'))).toEqual([
      'archive/plan.xlsx',
      'tiktok-ads.csv',
    ]);
  }, 120_000);

  it('two names of one file share its lock: a run through the link waits for a run through the file', async () => {
    const ws = await linked();
    const go = join(ws.dir, 'go');
    const first = startTool(ws.dir, importInto('archive/plan.xlsx'), {
      [PAUSE_AT]: 'staged-workbook',
      [PAUSE_UNTIL]: go,
    });
    await waitUntil('the first import to hold the lock', () =>
      fileExists(join(ws.dir, 'archive', '.plan.xlsx.campaign-operator.lock')),
    );
    const second = startTool(ws.dir, trackInPlace('current.xlsx'));
    await waitUntil('the run through the link to wait', () =>
      second.stderr().includes('Waiting for current.xlsx'),
    );
    await writeFile(go, '');
    const [a, b] = await Promise.all([first.done, second.done]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(await channelsOf(ws.real)).toContain('TikTok Ads');
    expect((await sheetsOf(ws.real)).some((s) => s.startsWith('Report'))).toBe(true);
  }, 180_000);

  it('a memory file that is a link stays a link, and the file it points to is appended', async () => {
    const ws = await workspace();
    await mkdir(join(ws.dir, 'shared'));
    await rename(join(ws.memory, 'learnings.json'), join(ws.dir, 'shared', 'learnings.json'));
    await symlink('../shared/learnings.json', join(ws.memory, 'learnings.json'));
    expect(runTool(ws.dir, TRACK).code).toBe(0);
    expect(await readlink(join(ws.memory, 'learnings.json'))).toBe('../shared/learnings.json');
    const text = await readFile(join(ws.dir, 'shared', 'learnings.json'), 'utf8');
    expect(text.startsWith(MEMORY_BEFORE['learnings.json']?.trimEnd().slice(0, -1).trimEnd() ?? '?')).toBe(
      true,
    );
    expect((JSON.parse(text) as unknown[]).length).toBeGreaterThan(1);
  }, 120_000);
});

describe('hard links', () => {
  it('import replaces the name given, warns, and the other name keeps the previous workbook', async () => {
    const ws = await workspace();
    await link(ws.input, join(ws.dir, 'plan-copy.xlsx'));
    const r = runTool(ws.dir, importInto('plan.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'Warning: plan.xlsx had 1 other name (a hard link): only this name was replaced; the other keeps the previous version\n',
    );
    expect(await channelsOf(ws.input)).toContain('TikTok Ads');
    expect(sha256(join(ws.dir, 'plan-copy.xlsx'))).toBe(ws.before.input);
    expect((await stat(ws.input)).nlink).toBe(1);
  }, 120_000);

  it('track --out onto a hard-linked file warns among its warnings', async () => {
    const ws = await workspace();
    await link(ws.input, join(ws.dir, 'plan-copy.xlsx'));
    const r = runTool(ws.dir, trackInPlace('plan.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      '  plan.xlsx had 1 other name (a hard link): only this name was replaced; the other keeps the previous version\n',
    );
    expect(sha256(join(ws.dir, 'plan-copy.xlsx'))).toBe(ws.before.input);
  }, 120_000);
});
