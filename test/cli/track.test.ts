import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PackageHost } from '../../src/cli/package/package-host';
import { cellXml, partNames, partText, rewritePart, sheetXml } from './helpers/xlsx-package';
import { FORMULA_LIKE, GOOD_AS_OF, goodWorkbookSpecs, workbookOf } from './helpers/good-workbook';
import { exists, filesIn, runCli, sha256, workspaceWith } from './helpers/workspace';

interface TrackJsonOut {
  as_of: string;
  campaigns: Array<{
    campaign_id: string;
    report: { overall_status: string };
    feedback: { learnings: string[] };
  }>;
  task_changes: Array<{ task_id: string; from: string; to: string; reason: string }>;
  rejected_updates: Array<{ address: string; task_id: string; new_status: string; reason: string }>;
}

async function goodWorkspace() {
  return workspaceWith('plan.xlsx', await workbookOf(goodWorkbookSpecs()));
}

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as unknown[];

async function readTable(path: string, name: string, kind: 'table' | 'sheet' = 'table') {
  const host = PackageHost.open(await readFile(path));
  const [table] = await host.read([{ source: { kind, name } }]);
  if (table === undefined) throw new Error(`no ${name}`);
  const column = (header: string) => table.header.indexOf(header);
  return { table, column, cell: (row: number, header: string) => table.rows[row]?.[column(header)] };
}

describe('track on a good workbook', () => {
  it('writes the tracked workbook and memory, and prints the run as JSON (nothing else on stdout)', async () => {
    const { dir, file } = await goodWorkspace();
    const before = sha256(file);
    const { code, stdout, stderr } = await runCli(dir, 'track', 'plan.xlsx', '--as-of', GOOD_AS_OF, '--json');
    expect({ code, stderr: stderr.replace(/^Warnings:[\s\S]*/, '') }).toEqual({ code: 0, stderr: '' });

    const json = JSON.parse(stdout) as TrackJsonOut;
    expect(Object.keys(json)).toEqual(['as_of', 'campaigns', 'task_changes', 'rejected_updates']);
    expect(json.as_of).toBe('2026-11-20T12:00:00.000Z');
    expect(json.campaigns.map((c) => c.campaign_id)).toEqual(['C-1']);
    expect(json.task_changes.map((c) => [c.task_id, c.from, c.to])).toEqual([
      ['T-2', 'in_progress', 'completed'],
      ['T-3', 'pending', 'in_progress'],
    ]);
    expect(json.rejected_updates).toEqual([
      {
        address: 'TaskUpdates!A4',
        task_id: 'T-9',
        new_status: 'completed',
        reason: expect.stringContaining('T-9') as string,
      },
    ]);

    expect(sha256(file)).toBe(before);
    expect(await filesIn(dir)).toEqual([
      'memory/campaigns.json',
      'memory/learnings.json',
      'plan.tracked.xlsx',
      'plan.xlsx',
    ]);
    const out = join(dir, 'plan.tracked.xlsx');

    const tasks = await readTable(out, 'Tasks', 'sheet');
    expect(tasks.cell(1, 'Status')).toBe('completed');
    expect(tasks.cell(2, 'Status')).toBe('in_progress');
    expect(typeof tasks.cell(2, 'Started At')).toBe('number');
    expect(tasks.cell(1, 'Actual Result')).toBe(FORMULA_LIKE);
    const resultCell = cellXml(
      await sheetXml(await readFile(out), 'Tasks'),
      `${String.fromCharCode(65 + tasks.column('Actual Result'))}3`,
    );
    expect(resultCell).toContain('t="inlineStr"');
    expect(resultCell).not.toContain('<f>');

    const updates = await readTable(out, 'TaskUpdates');
    expect([0, 1, 2].map((r) => updates.cell(r, 'Outcome'))).toEqual([
      'applied',
      'applied',
      expect.stringMatching(/^rejected: .*T-9/) as string,
    ]);
    expect(typeof updates.cell(0, 'Applied At')).toBe('number');
    expect(updates.cell(2, 'Applied At')).toBeNull();

    const log = await readTable(out, 'TaskLog');
    expect(log.table.rows).toHaveLength(2);
    const names = (await PackageHost.open(await readFile(out)).inventory()).sheets;
    expect(names.some((n) => n.startsWith('Report C-1'))).toBe(true);
    expect(names.some((n) => n.startsWith('CMO Feedback C-1'))).toBe(true);

    const snapshots = (await readJson(join(dir, 'memory', 'campaigns.json'))) as Array<{
      campaign_id: string;
    }>;
    expect(snapshots.map((s) => s.campaign_id)).toEqual(['C-1']);
    const learnings = (await readJson(join(dir, 'memory', 'learnings.json'))) as Array<{ learning: string }>;
    expect(learnings.map((l) => l.learning)).toEqual(json.campaigns[0]?.feedback.learnings);
  });

  it('applies nothing twice when run again on its output, and appends a new snapshot but no known learning', async () => {
    const { dir } = await goodWorkspace();
    expect((await runCli(dir, 'track', 'plan.xlsx', '--as-of', GOOD_AS_OF)).code).toBe(0);
    const second = await runCli(dir, 'track', 'plan.tracked.xlsx', '--as-of', GOOD_AS_OF, '--json');
    expect(second.code).toBe(0);
    const json = JSON.parse(second.stdout) as TrackJsonOut;
    expect(json.task_changes).toEqual([]);
    expect(json.rejected_updates).toEqual([]);
    expect(await readJson(join(dir, 'memory', 'campaigns.json'))).toHaveLength(2);
    const learnings = (await readJson(join(dir, 'memory', 'learnings.json'))) as Array<{ learning: string }>;
    expect(new Set(learnings.map((l) => l.learning)).size).toBe(learnings.length);
    expect(exists(join(dir, 'plan.tracked.tracked.xlsx'))).toBe(true);
  });

  it('prints a short summary without --json', async () => {
    const { dir } = await goodWorkspace();
    const { code, stdout } = await runCli(dir, 'track', 'plan.xlsx', '--as-of', GOOD_AS_OF);
    expect(code).toBe(0);
    expect(stdout).toContain('Tracked 1 campaign as of 2026-11-20T12:00:00.000Z.');
    expect(stdout).toMatch(/C-1 Spring launch — [A-Z ]+\n/);
    expect(stdout).toContain('  tasks: 4 (');
    expect(stdout).toContain('  budget: $2,700.00 of $10,000.00 spent (27%), $7,300.00 remaining');
    expect(stdout).toMatch(/ {2}escalations: \d+/);
    expect(stdout).toContain('Task updates: 2 applied, 1 rejected');
    expect(stdout).toContain('  plan.tracked.xlsx\n');
    expect(stdout).toContain('  memory/campaigns.json (+1)');
  });

  it('writes where --out says and keeps memory where --memory says', async () => {
    const { dir } = await goodWorkspace();
    const { code } = await runCli(
      dir,
      'track',
      'plan.xlsx',
      '--as-of',
      GOOD_AS_OF,
      '--out',
      'run.xlsx',
      '--memory',
      'm',
    );
    expect(code).toBe(0);
    expect(await filesIn(dir)).toEqual(['m/campaigns.json', 'm/learnings.json', 'plan.xlsx', 'run.xlsx']);
  });

  it('updates the input in place when --out names it', async () => {
    const { dir, file } = await goodWorkspace();
    const before = sha256(file);
    expect((await runCli(dir, 'track', 'plan.xlsx', '--as-of', GOOD_AS_OF, '--out', 'plan.xlsx')).code).toBe(
      0,
    );
    expect(sha256(file)).not.toBe(before);
    expect(await filesIn(dir)).toEqual(['memory/campaigns.json', 'memory/learnings.json', 'plan.xlsx']);
    const again = await runCli(
      dir,
      'track',
      'plan.xlsx',
      '--as-of',
      GOOD_AS_OF,
      '--out',
      'plan.xlsx',
      '--json',
    );
    expect((JSON.parse(again.stdout) as TrackJsonOut).task_changes).toEqual([]);
  });

  it('keeps tables written by Excel valid tables when it adds columns and rows to them', async () => {
    // Excel leaves out headerRowCount="1" and visible filter buttons: the table parts keep it so.
    let bytes = await workbookOf(goodWorkbookSpecs());
    for (const part of (await partNames(bytes)).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
      bytes = await rewritePart(bytes, part, (xml) =>
        xml.replace(' headerRowCount="1"', '').replace(/<filterColumn [^>]*\/>/g, ''),
      );
    }
    const { dir } = await workspaceWith('plan.xlsx', bytes);
    expect((await runCli(dir, 'track', 'plan.xlsx', '--as-of', GOOD_AS_OF)).code).toBe(0);
    const out = await readFile(join(dir, 'plan.tracked.xlsx'));
    const parts = await Promise.all(
      (await partNames(out)).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n)).map((n) => partText(out, n)),
    );
    const updates = parts.find((x) => x.includes('name="TaskUpdates"')) ?? '';
    expect(updates).toContain('ref="A1:H4"'); // six columns + Applied At and Outcome, header + 3 rows
    expect(updates).toContain('<tableColumn id="8" name="Outcome"');
    for (const part of parts) {
      expect(part).not.toContain('headerRowCount');
      expect(part).not.toContain('hiddenButton="1"');
    }
    expect(updates).toContain('<autoFilter ref="A1:H4"');
  });

  it('takes the report time from --as-of, else from Settings As Of, else from the clock', async () => {
    const specs = goodWorkbookSpecs();
    const settings = specs.find((x) => x.name === 'Settings');
    settings?.rows.push(['As Of', new Date(Date.UTC(2026, 10, 21, 8))]);
    const { dir } = await workspaceWith('plan.xlsx', await workbookOf(specs));
    const asOf = async (...extra: string[]) => {
      const run = await runCli(dir, 'track', 'plan.xlsx', '--json', ...extra);
      return (JSON.parse(run.stdout) as TrackJsonOut).as_of;
    };
    expect(await asOf('--as-of', GOOD_AS_OF)).toBe('2026-11-20T12:00:00.000Z');
    expect(await asOf()).toBe('2026-11-21T08:00:00.000Z');
    const plain = await goodWorkspace();
    const run = await runCli(plain.dir, 'track', 'plan.xlsx', '--json'); // the test clock: 2026-11-24 09:00 UTC
    expect((JSON.parse(run.stdout) as TrackJsonOut).as_of).toBe('2026-11-24T09:00:00.000Z');
  });

  it('tracks the campaigns --campaign names, and stops on one that does not exist', async () => {
    const { dir } = await goodWorkspace();
    const named = await runCli(
      dir,
      'track',
      'plan.xlsx',
      '--as-of',
      GOOD_AS_OF,
      '--campaign',
      'C-1',
      '--json',
    );
    expect((JSON.parse(named.stdout) as TrackJsonOut).campaigns.map((c) => c.campaign_id)).toEqual(['C-1']);
    const unknown = await runCli(
      dir,
      'track',
      'plan.xlsx',
      '--as-of',
      GOOD_AS_OF,
      '--campaign',
      'C-9',
      '--out',
      'x.xlsx',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('campaign "C-9" does not exist in Campaigns');
    expect(exists(join(dir, 'x.xlsx'))).toBe(false);
  });
});
