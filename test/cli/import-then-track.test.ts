import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PackageHost } from '../../src/cli/package/package-host';
import { TRACKED_FIXTURES } from '../imports/tracked-fixtures';
import { goodWorkbookSpecs, workbookOf } from './helpers/good-workbook';
import { runCli, workspaceWith } from './helpers/workspace';

const FIXTURES = join(__dirname, '..', 'fixtures', 'imports');

async function channelMetricsRows(path: string) {
  const host = PackageHost.open(await readFile(path));
  const [table] = await host.read([{ source: { kind: 'table', name: 'ChannelMetrics' } }]);
  if (table === undefined) throw new Error('no ChannelMetrics');
  return { header: table.header, rows: table.rows };
}

/** The exports saved as .xlsx by LibreOffice: the same rows, so the same figures after `track`. */
const XLSX_COPIES = TRACKED_FIXTURES.filter((f) =>
  ['google-ads-display-blank.csv', 'meta-ads-day-range.csv'].includes(f.fixture),
).map((f) => ({ ...f, fixture: f.fixture.replace(/\.csv$/, '.xlsx') }));

describe('campaign-operator import, then track right after: no hand edit', () => {
  it.each([...TRACKED_FIXTURES, ...XLSX_COPIES].map((f) => [f.fixture, f] as const))(
    '%s',
    async (fixture, expected) => {
      const { dir, file } = await workspaceWith('plan.xlsx', await workbookOf(goodWorkbookSpecs()));
      await copyFile(join(FIXTURES, fixture), join(dir, fixture));
      const importArgs = ['import', fixture, '--into', 'plan.xlsx', '--campaign', 'C-1'];

      const imported = await runCli(dir, ...importArgs);
      expect({ code: imported.code, stderr: imported.stderr }).toEqual({ code: 0, stderr: '' });
      expect(imported.stdout).toContain(`${expected.rows} added, 0 replaced, 0 skipped`);
      expect(imported.stdout).toMatch(/^Review: 6 rows, /m);
      const written = await channelMetricsRows(file);
      expect(written.rows).toHaveLength(2 + expected.rows);

      const tracked = await runCli(dir, 'track', 'plan.xlsx', '--as-of', '2026-11-20T12:00:00Z', '--json');
      expect({ code: tracked.code, stderr: tracked.stderr }).toEqual({ code: 0, stderr: '' });
      const json = JSON.parse(tracked.stdout) as {
        campaigns: Array<{
          report: { data_gaps: unknown };
          feedback: { metrics: unknown; data_gaps: unknown };
        }>;
      };
      const [campaign] = json.campaigns;
      expect(campaign?.feedback.metrics).toMatchObject(expected.metrics);
      expect(campaign?.report.data_gaps).toEqual(expected.gaps);
      expect(campaign?.feedback.data_gaps).toEqual(expected.gaps);

      // Importing the same export again changes nothing in ChannelMetrics.
      const again = await runCli(dir, ...importArgs);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain(`0 added, ${expected.rows} replaced, 0 skipped`);
      expect(await channelMetricsRows(file)).toEqual(written);
    },
  );

  it('--dry-run prints the review and writes nothing', async () => {
    const { dir, file } = await workspaceWith('plan.xlsx', await workbookOf(goodWorkbookSpecs()));
    const fixture = 'google-ads-display-blank.csv';
    await copyFile(join(FIXTURES, fixture), join(dir, fixture));
    const before = await readFile(file);
    const r = await runCli(dir, 'import', fixture, '--into', 'plan.xlsx', '--campaign', 'C-1', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => /^(Review|Totals|First| {2}add|Dry run)/.test(l))).toEqual([
      'Review: 6 rows, 2 channels, 3 ad campaigns, 2026-11-16 to 2026-11-17',
      'Totals: spend $1,380.17 · impressions 107,448 · clicks 791 · conversions 18.5 (conversions blank in 2 rows: not reported, not zero)',
      'First 5 of 6 rows as they will be written (Campaign ID | Channel | Ad Campaign | Date | Impressions | Clicks | Conversions | Cost | Revenue | Engagements):',
      '  add: C-1 | Google Ads – Search | Brand - Exact | 2026-11-16 | 1,204 | 96 | 4 | $212.40 | $880.00 | 96',
      '  add: C-1 | Google Ads – Search | Generic - Broad | 2026-11-16 | 3,010 | 141 | 5.5 | $398.15 | $1,210.50 | 141',
      '  add: C-1 | Google Ads – Display | Remarketing - Display | 2026-11-16 | 48,210 | 160 | blank | $96.44 | blank | 160',
      '  add: C-1 | Google Ads – Search | Brand - Exact | 2026-11-17 | 1,150 | 90 | 3 | $199.80 | $660.00 | 90',
      '  add: C-1 | Google Ads – Search | Generic - Broad | 2026-11-17 | 2,870 | 133 | 6 | $371.25 | $1,320.00 | 133',
      'Dry run: nothing written to plan.xlsx.',
    ]);
    expect(await readFile(file)).toEqual(before);
  });
});
