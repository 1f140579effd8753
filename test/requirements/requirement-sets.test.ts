import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REQUIRED_EXCEL_API } from '../../src/excel/requirement-sets';
import { compareVersions, officeApiUses, type ApiReport, type ApiUse, type SetVersion } from './api-uses';

// The requirement sets the add-in needs are derived, not kept: every Office.js and CustomFunctions
// member the add-in's code reaches (from its two entry files, dynamic imports included) is resolved
// by the TypeScript compiler against @types/office-js and @types/custom-functions-runtime, and each
// must be covered by what manifest.xml declares, by the ExcelApi check every Excel.run makes
// (`checkRequirementSets`), or by an `isSetSupported` check around it. docs/excel-host.md,
// "Requirement sets".
const ROOT = resolve(__dirname, '../..');
const ENTRIES = ['taskpane/runtime.ts', 'functions/functions.ts'];
/** Code the check must judge, read in the same compiler run (one program, read once). */
const FIXTURE = 'test/requirements/fixtures/uses-above-guard.ts';

/** The part of a report that comes from some files. */
function within(all: ApiReport, keep: (file: string) => boolean): ApiReport {
  const fileOf = (at: string) => at.slice(0, at.lastIndexOf(':'));
  return {
    uses: all.uses.filter((u) => keep(fileOf(u.at))),
    runSites: all.runSites.filter((s) => keep(fileOf(s.at))),
    files: all.files.filter(keep),
  };
}

/** `<Requirements><Sets>` of the manifest: set → minimum version. */
function manifestSets(xml: string): Map<string, string> {
  const block = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? '';
  const fallback = /DefaultMinVersion="([^"]+)"/.exec(block)?.[1] ?? '1.1';
  return new Map(
    [...block.matchAll(/<Set\s+Name="([^"]+)"(?:\s+MinVersion="([^"]+)")?/g)].map(
      ([, name = '', version]) => [name, version ?? fallback] as const,
    ),
  );
}

const atLeast = (have: SetVersion, need: SetVersion) =>
  have.set === need.set && compareVersions(have.version, need.version) >= 0;

/** The weakest ExcelApi check among the places that call Excel.run (each must have one). */
function runGuard(report: ApiReport): SetVersion | null {
  const versions = report.runSites.map(
    (site) =>
      site.guards
        .filter((g) => g.set === 'ExcelApi')
        .sort((a, b) => compareVersions(b.version, a.version))[0] ?? null,
  );
  if (versions.length === 0 || versions.includes(null)) return null;
  return (versions as SetVersion[]).sort((a, b) => compareVersions(a.version, b.version))[0] ?? null;
}

/** What a use needs that nothing covers: `Excel.Range.getSpillingToRange (ExcelApi 1.12) at …`. */
function uncovered(report: ApiReport, declared: ReadonlyMap<string, string>): string[] {
  const run = runGuard(report);
  const covers = (use: ApiUse, need: SetVersion) => {
    const manifest = declared.get(need.set);
    if (manifest !== undefined && atLeast({ set: need.set, version: manifest }, need)) return true;
    if (use.member.startsWith('Excel.') && run !== null && atLeast(run, need)) return true;
    return use.guards.some((g) => atLeast(g, need));
  };
  return report.uses.flatMap((use) =>
    use.needs
      .filter((need) => !covers(use, need))
      .map((need) => `${use.member} (${need.set} ${need.version}) at ${use.at}`),
  );
}

let report: ApiReport;
let fixture: ApiReport;
let declared: Map<string, string>;
beforeAll(() => {
  const all = officeApiUses([...ENTRIES, FIXTURE], ROOT);
  report = within(all, (file) => file !== FIXTURE);
  fixture = within(all, (file) => file === FIXTURE);
  declared = manifestSets(readFileSync(resolve(ROOT, 'manifest.xml'), 'utf8'));
}, 120_000);

describe('requirement sets, derived from the code', () => {
  it('reads the add-in whole: the Office host, the pane, the ribbon, the functions and the importers', () => {
    for (const file of [
      'src/excel/host/office-workbook-host.ts',
      'src/excel/actions/import-actions.ts',
      'taskpane/app/main.tsx',
      'src/excel/ribbon/run-checks.ts',
      'functions/errors/excel-error.ts',
    ])
      expect(report.files).toContain(file);
    // Members known to need more than 1.1 are found with the version their typings give.
    const need = (member: string) => report.uses.find((u) => u.member === member)?.needs;
    expect(need('Excel.Table.worksheet')).toEqual([{ set: 'ExcelApi', version: '1.2' }]);
    expect(need('Excel.PageLayout.setPrintArea')).toEqual([{ set: 'ExcelApi', version: '1.9' }]);
    expect(need('Office.Addin.showAsTaskpane')).toEqual([{ set: 'SharedRuntime', version: '1.1' }]);
    // Above the 1.9 every run checks, and used only behind their own isSetSupported check.
    for (const [member, set, version] of [
      ['Excel.RunOptions.mergeUndoGroup', 'ExcelApi', '1.20'],
      ['CustomFunctions.ErrorCode.notAvailable', 'CustomFunctionsRuntime', '1.3'],
    ] as const) {
      const uses = report.uses.filter((u) => u.member === member);
      expect(uses.length).toBeGreaterThan(0);
      for (const use of uses) {
        expect(use.needs).toEqual([{ set, version }]);
        expect(use.guards).toContainEqual({ set, version });
      }
    }
  });

  it('checks ExcelApi before every Excel.run', () => {
    expect(report.runSites.length).toBeGreaterThan(0);
    for (const site of report.runSites)
      expect({ at: site.at, checked: site.guards.some((g) => g.set === 'ExcelApi') }).toEqual({
        at: site.at,
        checked: true,
      });
  });

  it('uses nothing above what the manifest declares or the code checks', () => {
    expect(uncovered(report, declared)).toEqual([]);
  });

  it('checks exactly the ExcelApi version the unguarded Excel calls need, no more', () => {
    const needed = report.uses
      .filter((u) => u.member.startsWith('Excel.'))
      .flatMap((u) => u.needs.filter((n) => n.set === 'ExcelApi' && !u.guards.some((g) => atLeast(g, n))))
      .map((n) => n.version)
      .sort(compareVersions);
    expect(runGuard(report)).toEqual({ set: 'ExcelApi', version: REQUIRED_EXCEL_API });
    expect(needed[needed.length - 1]).toBe(REQUIRED_EXCEL_API);
  });
});

describe('the check itself', () => {
  it('fails a member above the guard, and passes it inside an isSetSupported branch', () => {
    const problems = uncovered(fixture, new Map([['SharedRuntime', '1.1']]));
    expect(problems).toEqual([
      expect.stringMatching(/^Excel\.RunOptions\.mergeUndoGroup \(ExcelApi 1\.20\) at /),
      expect.stringMatching(
        /^Excel\.Range\.getSpillingToRange \(ExcelApi 1\.12\) at .*uses-above-guard\.ts:17$/,
      ),
      expect.stringMatching(/^CustomFunctions\.Error \(CustomFunctionsRuntime 1\.2\) at /),
      expect.stringMatching(/^CustomFunctions\.ErrorCode\.notAvailable \(CustomFunctionsRuntime 1\.3\) at /),
    ]);
  });

  it('applies a qualifier only where it holds: rows.add without alwaysInsert is ExcelApi 1.4', () => {
    const adds = fixture.uses.filter((u) => u.member === 'Excel.TableRowCollection.add');
    expect(adds.map((u) => u.needs)).toEqual([
      [{ set: 'ExcelApi', version: '1.4' }],
      [{ set: 'ExcelApi', version: '1.15' }],
    ]);
  });

  it('reads the paths of load strings: items/worksheet/name needs Table.worksheet (1.2)', () => {
    const worksheet = fixture.uses.find((u) => u.member === 'Excel.Table.worksheet');
    expect(worksheet?.needs).toEqual([{ set: 'ExcelApi', version: '1.2' }]);
  });
});
