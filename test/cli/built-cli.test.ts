import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILT_BIN, runBuiltCli } from './helpers/built-cli';
import { GOOD_AS_OF, goodWorkbookSpecs, workbookOf } from './helpers/good-workbook';
import { validateOoxml } from '../support/ooxml-validate';
import { chartsAsLibreOfficeReads, sheetsAsCsv } from './helpers/soffice';
import { workspaceWith } from './helpers/workspace';

/** Runs the built tool without waiting, so that two runs overlap. */
function startBuiltCli(args: readonly string[], cwd: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_BIN, ...args], { cwd });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

// The built tool (dist/cli/bin.js, built by npm test) as a user runs it, and LibreOffice opening
// what it writes. LibreOffice takes seconds to start, so it converts every workbook in one run.
describe('the built campaign-operator', () => {
  it('writes workbooks that LibreOffice opens, with the values in them', async () => {
    const { dir } = await workspaceWith('plan.xlsx', await workbookOf(goodWorkbookSpecs()));
    expect(runBuiltCli(['init', 'template.xlsx'], dir).code).toBe(0);
    expect(runBuiltCli(['init', 'sample.xlsx', '--sample'], dir).code).toBe(0);
    const tracked = runBuiltCli(['track', 'plan.xlsx', '--as-of', GOOD_AS_OF, '--json'], dir);
    expect(tracked.code).toBe(0);
    expect(() => JSON.parse(tracked.stdout) as unknown).not.toThrow();
    const demo = runBuiltCli(['demo', '--dir', 'demo'], dir);
    expect(demo.code).toBe(0);

    const csv = sheetsAsCsv(
      ['template.xlsx', 'sample.xlsx', 'plan.tracked.xlsx', 'demo/sample.tracked.xlsx'].map((f) =>
        join(dir, f),
      ),
    );
    expect(csv.get('template.xlsx')?.get('Tasks')).toMatch(/^Task ID,Campaign ID,Title,Status/);
    expect(csv.get('sample.xlsx')?.get('Campaigns')).toContain('CMP-001');
    const plan = csv.get('plan.tracked.xlsx');
    expect(plan?.get('Tasks')).toContain('T-2,C-1,Build the landing page,completed');
    expect(plan?.get('Tasks')).toContain('"=HYPERLINK(""http://example.com"",""click"")"');
    expect(plan?.get('TaskUpdates')).toContain('applied');
    const report = [...(plan?.keys() ?? [])].find((s) => s.startsWith('Report C-1'));
    expect(plan?.get(report ?? '')).toContain('C-1');
    const demoSheets = [...(csv.get('sample.tracked.xlsx')?.keys() ?? [])];
    expect(demoSheets.some((s) => s.startsWith('CMO Feedback CMP-001'))).toBe(true);

    // Every part of every workbook it wrote is valid against the ECMA-376 schemas.
    for (const file of ['template.xlsx', 'sample.xlsx', 'plan.tracked.xlsx', 'demo/sample.tracked.xlsx'])
      expect({ file, invalid: (await validateOoxml(join(dir, file))).invalid }).toEqual({
        file,
        invalid: new Map(),
      });
  }, 240_000);

  it('draws the report sheets’ charts as native charts, which LibreOffice reads', async () => {
    const { dir } = await workspaceWith('plan.xlsx', await workbookOf(goodWorkbookSpecs()));
    expect(runBuiltCli(['demo', '--dir', 'demo'], dir).code).toBe(0);
    const tracked = join(dir, 'demo', 'sample.tracked.xlsx');
    const charts = chartsAsLibreOfficeReads([tracked]);
    // The sample's report: KPI percent of target and the channel breakdown, as the add-in draws them.
    expect(charts.get('sample.tracked.xlsx')).toBe(2);
  }, 240_000);

  it('loses no memory entry when two runs share a memory folder', async () => {
    const { dir } = await workspaceWith('plan.xlsx', await workbookOf(goodWorkbookSpecs()));
    await writeFile(join(dir, 'copy.xlsx'), await readFile(join(dir, 'plan.xlsx')));
    const [a, b] = await Promise.all([
      startBuiltCli(['track', 'plan.xlsx', '--as-of', GOOD_AS_OF], dir),
      startBuiltCli(['track', 'copy.xlsx', '--as-of', GOOD_AS_OF], dir),
    ]);
    expect([a?.code, b?.code]).toEqual([0, 0]);
    const snapshots = JSON.parse(await readFile(join(dir, 'memory', 'campaigns.json'), 'utf8')) as Array<{
      run_id: string;
    }>;
    expect(new Set(snapshots.map((s) => s.run_id)).size).toBe(2);
    const learnings = JSON.parse(await readFile(join(dir, 'memory', 'learnings.json'), 'utf8')) as Array<{
      learning: string;
    }>;
    expect(new Set(learnings.map((l) => l.learning)).size).toBe(learnings.length);
  }, 60_000);
});
