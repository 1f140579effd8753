import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GOOD_AS_OF, goodWorkbookSpecs, workbookOf, type InputSpec } from './helpers/good-workbook';
import { changedParts, partNames } from './helpers/xlsx-package';
import { filesIn, runCli, sha256, workspaceWith } from './helpers/workspace';

type Change = (specs: InputSpec[]) => InputSpec[];

function spec(specs: InputSpec[], name: string): InputSpec {
  const found = specs.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
}

function setCell(name: string, row: number, header: string, value: unknown): Change {
  return (specs) => {
    const s = spec(specs, name);
    const r = s.rows[row];
    if (r === undefined) throw new Error(`no row ${row}`);
    r[s.header.indexOf(header)] = value as never;
    return specs;
  };
}

const dropColumn =
  (name: string, header: string): Change =>
  (specs) => {
    const s = spec(specs, name);
    const i = s.header.indexOf(header);
    s.header.splice(i, 1);
    s.rows.forEach((r) => r.splice(i, 1));
    return specs;
  };

// Each input error class, with the cell (or place) and words the message must hold. Tasks is a
// plain sheet from A1 (T-1 on row 2), Campaigns a table from A1 (C-1 on row 2).
const CASES: Array<[string, Change, string[]]> = [
  ['a missing sheet', (specs) => specs.filter((s) => s.name !== 'KPIs'), ['no table or sheet named "KPIs"']],
  ['a missing column', dropColumn('Tasks', 'Status'), ['Tasks!A1', 'no column "Status"']],
  [
    'an unknown status',
    setCell('Tasks', 1, 'Status', 'done'),
    ['Tasks!D3: Status "done" is not one of pending'],
  ],
  [
    'a duplicate Task ID',
    setCell('Tasks', 2, 'Task ID', 'T-1'),
    ['Tasks!A4', '"T-1" is used again (first at Tasks!A2)'],
  ],
  ['a dependency cycle', setCell('Tasks', 0, 'Depends On', 'T-3'), ['Tasks!F', 'cycle']],
  [
    'text in a number cell',
    setCell('Tasks', 0, 'Estimated Hours', 'four'),
    ['Tasks!G2: Estimated Hours "four" is not a number'],
  ],
  [
    'an end before the start',
    setCell('Campaigns', 0, 'End Date', new Date(Date.UTC(2026, 9, 1))),
    ['Campaigns!', 'is not after Start Date'],
  ],
  [
    'an Excel error',
    setCell('Campaigns', 0, 'Budget Allocated', { error: '#N/A' }),
    ['Campaigns!E2: Budget Allocated holds the Excel error #N/A'],
  ],
];

describe('track on a workbook with input errors', () => {
  it.each(CASES)(
    'stops on %s: exit 1, the cell printed, nothing written, input unchanged',
    async (_, change, expected) => {
      const { dir, file } = await workspaceWith('plan.xlsx', await workbookOf(change(goodWorkbookSpecs())));
      const before = sha256(file);
      const { code, stdout, stderr } = await runCli(
        dir,
        'track',
        'plan.xlsx',
        '--as-of',
        GOOD_AS_OF,
        '--json',
      );
      expect(code).toBe(1);
      expect(stdout).toBe('');
      for (const text of expected) expect(stderr).toContain(text);
      expect(stderr.split('\n')[0]).toMatch(/^\S.*: /);
      expect(await filesIn(dir)).toEqual(['plan.xlsx']);
      expect(sha256(file)).toBe(before);
    },
  );

  it('stops on a corrupted memory file, naming it and leaving it as it was', async () => {
    const { dir, file } = await workspaceWith('plan.xlsx', await workbookOf(goodWorkbookSpecs()));
    const before = sha256(file);
    await mkdir(join(dir, 'memory'));
    const memory = join(dir, 'memory', 'learnings.json');
    await writeFile(memory, '[{"learning": "half');
    const { code, stderr } = await runCli(dir, 'track', 'plan.xlsx', '--as-of', GOOD_AS_OF);
    expect(code).toBe(1);
    expect(stderr).toContain(`${memory}: is not valid JSON`);
    expect(await readFile(memory, 'utf8')).toBe('[{"learning": "half');
    expect(await filesIn(dir)).toEqual(['memory/learnings.json', 'plan.xlsx']);
    expect(sha256(file)).toBe(before);
  });

  it('stops on a file that is not a workbook', async () => {
    const { dir } = await workspaceWith('plan.xlsx', new TextEncoder().encode('Task ID,Status\n'));
    const { code, stderr } = await runCli(dir, 'track', 'plan.xlsx');
    expect(code).toBe(1);
    expect(stderr).toBe(
      'plan.xlsx is a text file (CSV or TSV?), not a workbook: import ad figures from it with the import, or open it in Excel and save it as an Excel Workbook (.xlsx) to track it\n',
    );
    expect(await filesIn(dir)).toEqual(['plan.xlsx']);
  });

  it.each([
    [['track'], 'missing <workbook.xlsx>'],
    [['track', 'nope.xlsx'], 'file not found: nope.xlsx'],
    [['track', 'plan.xlsx', '--as-of', '24/11/2026'], '--as-of "24/11/2026" is not an ISO 8601 date-time'],
    [['track', 'plan.xlsx', '--format', 'csv'], 'unknown option --format'],
    [['trak', 'plan.xlsx'], 'unknown command "trak"'],
  ])('%j is wrong usage: exit 2 with the usage line, nothing written', async (argv, message) => {
    const { dir } = await workspaceWith('plan.xlsx', await workbookOf(goodWorkbookSpecs()));
    const { code, stdout, stderr } = await runCli(dir, ...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: campaign-operator');
    expect(await filesIn(dir)).toEqual(['plan.xlsx']);
  });
});

describe('track on a workbook with charts', () => {
  /** A workbook tracked once: its report sheets hold native charts (drawings and chart parts). */
  async function withCharts() {
    const { dir } = await workspaceWith('plan.xlsx', await workbookOf(goodWorkbookSpecs()));
    expect(
      (await runCli(dir, 'track', 'plan.xlsx', '--as-of', GOOD_AS_OF, '--out', 'charts.xlsx')).code,
    ).toBe(0);
    const bytes = new Uint8Array(await readFile(join(dir, 'charts.xlsx')));
    expect((await partNames(bytes)).filter((n) => n.startsWith('xl/charts/')).length).toBeGreaterThan(0);
    return { dir, bytes };
  }

  // The next day's run: a run the same day replaces that day's report sheets, charts included
  // (docs/outputs-in-workbook.md, "Running again on the same day").
  const NEXT_DAY = '2026-11-21T12:00:00Z';

  it('keeps them, byte for byte, in the tracked copy', async () => {
    const { dir, bytes } = await withCharts();
    const { code, stderr } = await runCli(dir, 'track', 'charts.xlsx', '--as-of', NEXT_DAY);
    expect({ code, stderr: stderr.replace(/^Warnings:[\s\S]*/, '') }).toEqual({ code: 0, stderr: '' });
    const changed = changedParts(bytes, new Uint8Array(await readFile(join(dir, 'charts.tracked.xlsx'))));
    expect(changed.filter((n) => /charts|drawings/.test(n))).toEqual([]);
  });

  it('writes over the input when --out names it, keeping them', async () => {
    const { dir, bytes } = await withCharts();
    const { code } = await runCli(dir, 'track', 'charts.xlsx', '--as-of', NEXT_DAY, '--out', 'charts.xlsx');
    expect(code).toBe(0);
    const changed = changedParts(bytes, new Uint8Array(await readFile(join(dir, 'charts.xlsx'))));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((n) => /charts|drawings/.test(n))).toEqual([]);
  });
});
