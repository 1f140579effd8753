import { readdirSync } from 'node:fs';
import { copyFile, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CRASH_AT, PAUSE_AT, PAUSE_UNTIL } from '../../src/cli/files/crash-point';
import { LOCK_WAIT_VARIABLE } from '../../src/cli/files/workbook-lock';
import { GOOD_AS_OF, goodWorkbookSpecs, workbookOf } from '../cli/helpers/good-workbook';
import { sha256 } from '../cli/helpers/workspace';
import {
  channelsOf,
  faultWorkspace,
  fileExists,
  filesUnder,
  runTool,
  sheetsOf,
  startTool,
  waitUntil,
  type Workspace,
} from './fault-workspace';

const EXPORTS = join(__dirname, '..', 'fixtures', 'imports');
const LOCK = '.plan.xlsx.campaign-operator.lock';
const GOOGLE = ['Google Ads – Search', 'Google Ads – Performance Max'];
const TIKTOK = ['TikTok Ads'];

const importArgs = (file: string) => ['import', file, '--into', 'plan.xlsx', '--campaign', 'C-1'];
const TRACK_IN_PLACE = ['track', 'plan.xlsx', '--out', 'plan.xlsx', '--as-of', GOOD_AS_OF];

async function workspace(): Promise<Workspace> {
  const ws = await faultWorkspace(await workbookOf(goodWorkbookSpecs()));
  for (const f of ['google-ads-en.utf16le.tsv', 'tiktok-ads.csv'])
    await copyFile(join(EXPORTS, f), join(ws.dir, f));
  return ws;
}

/** Environment that holds a run at `point` until the test creates the file `go`. */
const pausedAt = (point: string, go: string) => ({ [PAUSE_AT]: point, [PAUSE_UNTIL]: go });

const noTemporaryOrLock = async (dir: string) =>
  (await filesUnder(dir)).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock') || f.includes('.stale-'));

/**
 * Two writers of one workbook, for real: the first run is held (by the test hook
 * CAMPAIGN_OPERATOR_PAUSE_AT) at the worst moment — its new workbook staged, not yet renamed —
 * while a second run starts. The second must wait for the first, say so, then work on the first
 * one's result: both runs' changes are in the file.
 */
describe('two writers of one workbook', () => {
  it('two imports: the second waits, and both exports are in the workbook', async () => {
    const ws = await workspace();
    const go = join(ws.dir, 'go');
    const first = startTool(ws.dir, importArgs('google-ads-en.utf16le.tsv'), pausedAt('staged-workbook', go));
    await waitUntil('the first import to hold the lock', () => fileExists(join(ws.dir, LOCK)));
    const second = startTool(ws.dir, importArgs('tiktok-ads.csv'));
    await waitUntil('the second import to wait', () => second.stderr().includes('Waiting for'));
    expect(second.stderr()).toContain(
      `Waiting for plan.xlsx: process ${first.pid} on ${hostname()} (import, since `,
    );
    await writeFile(go, '');
    const [a, b] = await Promise.all([first.done, second.done]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stdout).toContain('Wrote plan.xlsx.');
    expect(b.stdout).toContain('Wrote plan.xlsx.');
    const channels = await channelsOf(ws.input);
    for (const c of [...GOOGLE, ...TIKTOK]) expect(channels).toContain(c);
    expect(channels.slice(0, 2)).toEqual(['LinkedIn', 'Google Ads']);
    expect(await noTemporaryOrLock(ws.dir)).toEqual([]);
  }, 180_000);

  it.each([
    ['an import, then track --out onto the same file', 'import'],
    ['track --out onto the file, then an import', 'track'],
  ])(
    '%s: the second waits, and the file has the import rows and the report',
    async (_title, firstKind) => {
      const ws = await workspace();
      const go = join(ws.dir, 'go');
      const [firstArgs, secondArgs] =
        firstKind === 'import'
          ? [importArgs('google-ads-en.utf16le.tsv'), TRACK_IN_PLACE]
          : [TRACK_IN_PLACE, importArgs('google-ads-en.utf16le.tsv')];
      const first = startTool(ws.dir, firstArgs, pausedAt('staged-workbook', go));
      await waitUntil('the first run to hold the lock', () => fileExists(join(ws.dir, LOCK)));
      const second = startTool(ws.dir, secondArgs);
      await waitUntil('the second run to wait', () => second.stderr().includes('Waiting for plan.xlsx'));
      await writeFile(go, '');
      const [a, b] = await Promise.all([first.done, second.done]);
      expect([a.code, b.code, a.stderr, b.stderr.replace(/^Waiting for .*\n/, '')]).toEqual([0, 0, '', '']);
      const channels = await channelsOf(ws.input);
      for (const c of GOOGLE) expect(channels).toContain(c);
      expect((await sheetsOf(ws.input)).some((s) => s.startsWith('Report'))).toBe(true);
      expect(await noTemporaryOrLock(ws.dir)).toEqual([]);
    },
    180_000,
  );

  it('a run that finds the workbook held by a live run of another machine waits, then stops naming both', async () => {
    const ws = await workspace();
    const holder = {
      pid: 4242,
      host: 'laptop-of-ana',
      token: 'theirs',
      since: Date.now(),
      purpose: 'import',
    };
    await writeFile(join(ws.dir, LOCK), JSON.stringify(holder));
    const r = runTool(ws.dir, importArgs('tiktok-ads.csv'), { [LOCK_WAIT_VARIABLE]: '1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Waiting for plan.xlsx: process 4242 on laptop-of-ana (import, since ');
    expect(r.stderr).toMatch(
      /campaign-operator: cannot write plan\.xlsx: another campaign-operator run is writing it: process 4242 on laptop-of-ana \(import, since [^)]+\); waited 1 s\. Run again once it has finished; if no campaign-operator is running, delete \.plan\.xlsx\.campaign-operator\.lock\. Nothing was written\.\n$/,
    );
    expect(sha256(ws.input)).toBe(ws.before.input);
    expect(await readFile(join(ws.dir, LOCK), 'utf8')).toBe(JSON.stringify(holder));
  }, 120_000);

  it('a lock another machine has not refreshed for two minutes is taken over', async () => {
    const ws = await workspace();
    const holder = { pid: 4242, host: 'laptop-of-ana', token: 'theirs', since: 0, purpose: 'import' };
    await writeFile(join(ws.dir, LOCK), JSON.stringify(holder));
    const old = (Date.now() - 3 * 60_000) / 1000;
    await utimes(join(ws.dir, LOCK), old, old);
    const r = runTool(ws.dir, importArgs('tiktok-ads.csv'), { [LOCK_WAIT_VARIABLE]: '0' });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(await channelsOf(ws.input)).toContain('TikTok Ads');
    expect(await noTemporaryOrLock(ws.dir)).toEqual([]);
  }, 120_000);

  it('the lock of a run killed on this machine is taken over at once', async () => {
    const ws = await workspace();
    const killed = runTool(ws.dir, importArgs('tiktok-ads.csv'), { [CRASH_AT]: 'locked-workbook' });
    expect(killed.signal).toBe('SIGKILL');
    expect(fileExists(join(ws.dir, LOCK))).toBe(true);
    const r = runTool(ws.dir, importArgs('tiktok-ads.csv'), { [LOCK_WAIT_VARIABLE]: '0' });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(await noTemporaryOrLock(ws.dir)).toEqual([]);
  }, 120_000);

  it('a workbook saved by another program (Excel) during an import is not overwritten', async () => {
    const ws = await workspace();
    const go = join(ws.dir, 'go');
    const run = startTool(ws.dir, importArgs('tiktok-ads.csv'), pausedAt('staged-workbook', go));
    await waitUntil('the import to stage its workbook', () =>
      readdirSync(ws.dir).some((f) => f.startsWith('.plan.xlsx.') && f.endsWith('.tmp')),
    );
    // The user edits the campaign's name in Excel and saves while the import runs.
    const specs = goodWorkbookSpecs();
    const campaign = specs.find((t) => t.name === 'Campaigns')?.rows[0];
    if (campaign === undefined) throw new Error('no campaign row');
    campaign[2] = 'Spring launch (renamed in Excel)';
    const saved = await workbookOf(specs);
    await writeFile(ws.input, saved);
    const savedHash = sha256(ws.input);
    await writeFile(go, '');
    const r = await run.done;
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('Wrote');
    expect(r.stderr).toBe(
      'campaign-operator: cannot write plan.xlsx: it changed on disk while this run was working on it (saved by another program?). Nothing was written.\n',
    );
    expect(sha256(ws.input)).toBe(savedHash);
    expect(await noTemporaryOrLock(ws.dir)).toEqual([]);
    expect(await readFile(ws.input)).toEqual(Buffer.from(saved));
  }, 120_000);

  it.each([
    ['Excel', '~$plan.xlsx'],
    ['LibreOffice', '.~lock.plan.xlsx#'],
  ])(
    'a workbook %s has open (its owner file %s is beside it): the import warns, then writes',
    async (_program, owner) => {
      const ws = await workspace();
      await writeFile(join(ws.dir, owner), 'ana,laptop-of-ana\n');
      const r = runTool(ws.dir, importArgs('tiktok-ads.csv'));
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(
        `Warning: plan.xlsx looks open in another program (${owner} is beside it); if it is, close it without saving and open it again once this run is done, or its next save will undo this run\n`,
      );
      expect(await channelsOf(ws.input)).toContain('TikTok Ads');
    },
    120_000,
  );
});
