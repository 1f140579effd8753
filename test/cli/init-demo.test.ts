import { readFile, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PackageHost } from '../../src/cli/package/package-host';
import { filesIn, runCli } from './helpers/workspace';

const scratch = () => mkdtemp(join(tmpdir(), 'co-init-'));

async function tablesOf(path: string): Promise<string[]> {
  const host = PackageHost.open(await readFile(path));
  return (await host.inventory()).tables.map((t) => t.name);
}

describe('init', () => {
  it('writes the template: the six input tables, empty', async () => {
    const dir = await scratch();
    const { code, stdout } = await runCli(dir, 'init', 'q3.xlsx');
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote q3.xlsx');
    expect(stdout).toContain('campaign-operator track q3.xlsx');
    expect(await tablesOf(join(dir, 'q3.xlsx'))).toEqual([
      'Campaigns',
      'Tasks',
      'KPIs',
      'ChannelMetrics',
      'TaskUpdates',
      'Settings',
    ]);
    const host = PackageHost.open(await readFile(join(dir, 'q3.xlsx')));
    const [tasks] = await host.read([{ source: { kind: 'table', name: 'Tasks' } }]);
    expect(tasks?.rows.flat().every((v) => v === null)).toBe(true);
  });

  it('writes the sample with rows, which track can read', async () => {
    const dir = await scratch();
    expect((await runCli(dir, 'init', 'sample.xlsx', '--sample')).code).toBe(0);
    const host = PackageHost.open(await readFile(join(dir, 'sample.xlsx')));
    const [tasks] = await host.read([{ source: { kind: 'table', name: 'Tasks' } }]);
    expect(tasks?.rows.length).toBeGreaterThan(5);
    expect((await runCli(dir, 'track', 'sample.xlsx')).code).toBe(0);
  });

  it('refuses to replace an existing file unless --force', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'q3.xlsx'), 'mine');
    const refused = await runCli(dir, 'init', 'q3.xlsx');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('q3.xlsx already exists');
    expect(await readFile(join(dir, 'q3.xlsx'), 'utf8')).toBe('mine');
    expect((await runCli(dir, 'init', 'q3.xlsx', '--force')).code).toBe(0);
    expect(await tablesOf(join(dir, 'q3.xlsx'))).toHaveLength(6);
  });
});

describe('demo', () => {
  it('writes the sample, tracks it and says what to open', async () => {
    const dir = await scratch();
    const { code, stdout } = await runCli(dir, 'demo');
    expect(code).toBe(0);
    expect(await filesIn(dir)).toEqual([
      'demo/memory/campaigns.json',
      'demo/memory/learnings.json',
      'demo/sample.tracked.xlsx',
      'demo/sample.xlsx',
    ]);
    expect(stdout).toContain('demo/sample.tracked.xlsx  the tracked workbook — open this one');
    expect(stdout).toMatch(/Look at the sheets "Report /);
    expect((await runCli(dir, 'demo')).code).toBe(0);
  });
});
