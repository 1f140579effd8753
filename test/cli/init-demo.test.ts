import { readFile, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PackageHost } from '../../src/cli/package/package-host';
import { validateOoxmlBytes } from '../support/ooxml-validate';
import { rawWorkbook } from './helpers/raw-workbook';
import { changedParts } from './helpers/xlsx-package';
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

  it('refuses to replace an existing file unless --force, pointing at --add', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'q3.xlsx'), 'mine');
    const refused = await runCli(dir, 'init', 'q3.xlsx');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'q3.xlsx already exists; add --add to add the input tables to it, keeping everything else, or --force to replace it',
    );
    expect(await readFile(join(dir, 'q3.xlsx'), 'utf8')).toBe('mine');
    expect((await runCli(dir, 'init', 'q3.xlsx', '--force')).code).toBe(0);
    expect(await tablesOf(join(dir, 'q3.xlsx'))).toHaveLength(6);
  });
});

describe('init --add', () => {
  /** A workbook of the user's own: a macro-enabled tracker with a budget sheet, custom XML and properties. */
  async function ownWorkbook(): Promise<Uint8Array> {
    return rawWorkbook({
      workbookType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      sheets: [
        {
          name: 'Budget',
          xml: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><f>SUM(B2:B3)</f><v>30</v></c></row><row r="2"><c r="B2"><v>10</v></c></row><row r="3"><c r="B3"><v>20</v></c></row>',
        },
      ],
      sharedStrings: ['<t>Total</t>'],
      extraParts: {
        'xl/vbaProject.bin': 'VBA bytes',
        'customXml/item1.xml': '<?xml version="1.0"?><labels/>',
      },
    });
  }

  it('adds the input tables (with --sample, the sample campaign) to an existing workbook, keeping every other part', async () => {
    const dir = await scratch();
    const before = await ownWorkbook();
    await writeFile(join(dir, 'ours.xlsm'), before);
    const { code, stdout } = await runCli(dir, 'init', 'ours.xlsm', '--add', '--sample');
    expect({ code, stdout }).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Added to ours.xlsm (the sample campaign): Campaigns, Tasks') as string,
    });
    const after = new Uint8Array(await readFile(join(dir, 'ours.xlsm')));
    expect(changedParts(before, after)).toEqual([
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
    ]);
    expect(await tablesOf(join(dir, 'ours.xlsm'))).toHaveLength(6);
    expect((await PackageHost.open(after).inventory()).sheets[0]).toBe('Budget');
    expect((await validateOoxmlBytes(after)).invalid).toEqual(new Map());
    const tracked = await runCli(dir, 'track', 'ours.xlsm', '--as-of', '2026-11-24T09:00:00Z');
    expect(tracked.code).toBe(0);
    expect(await filesIn(dir)).toContain('ours.tracked.xlsm');
  });

  it('refuses a workbook that already has an input table, writing nothing', async () => {
    const dir = await scratch();
    expect((await runCli(dir, 'init', 'q3.xlsx')).code).toBe(0);
    const before = await readFile(join(dir, 'q3.xlsx'));
    const refused = await runCli(dir, 'init', 'q3.xlsx', '--add');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'q3.xlsx already has the input tables Campaigns, Tasks, KPIs, ChannelMetrics, TaskUpdates, Settings',
    );
    expect(await readFile(join(dir, 'q3.xlsx'))).toEqual(before);
  });

  it('is wrong usage with --force, or on a file that does not exist', async () => {
    const dir = await scratch();
    expect((await runCli(dir, 'init', 'none.xlsx', '--add')).stderr).toContain('file not found: none.xlsx');
    await writeFile(join(dir, 'ours.xlsx'), await ownWorkbook());
    const both = await runCli(dir, 'init', 'ours.xlsx', '--add', '--force');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--add and --force cannot go together');
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
