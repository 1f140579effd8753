import ExcelJS from 'exceljs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PackageHost } from '../../src/cli/package/package-host';
import { goodWorkbookSpecs, workbookOf } from './helpers/good-workbook';
import {
  cellXml,
  changedParts,
  partNames,
  partText,
  rewritePart,
  sheetPartOf,
  sheetXml,
  tablePartOf,
} from './helpers/xlsx-package';
import { filesIn, runCli, sha256, workspaceWith } from './helpers/workspace';

const FIXTURES = join(__dirname, '..', 'fixtures', 'imports');

/** The good workbook (campaign C-1 in USD, two ChannelMetrics rows) with the named fixtures beside it. */
async function workspace(...fixtures: string[]) {
  const ws = await workspaceWith('plan.xlsx', await workbookOf(goodWorkbookSpecs()));
  for (const f of fixtures) await copyFile(join(FIXTURES, f), join(ws.dir, f));
  return ws;
}

async function channelMetrics(path: string) {
  const host = PackageHost.open(await readFile(path));
  const [table] = await host.read([{ source: { kind: 'table', name: 'ChannelMetrics' } }]);
  if (table === undefined) throw new Error('no ChannelMetrics');
  const header = table.header.map(String);
  return table.rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));
}

// 46336 is 2026-11-10 (the good workbook's rows); 45795 and 45796 are 2025-05-18 and 2025-05-19.
// One row per channel, ad campaign and day; the paused Generic's "--" stay blank. The good
// workbook's ChannelMetrics has no Ad Campaign column: the import adds it at the right.
const GOOGLE_ROWS = [
  ['Google Ads – Search', 'Brand – Exact', 45795, 1204, 96, 4, 212.4, 880, 96],
  ['Google Ads – Search', 'Generic', 45795, 3010, 141, 5.5, 398.15, 1210.5, 141],
  ['Google Ads – Performance Max', 'PMax Spring', 45795, 12480, 188, 7.25, 301, 1460, 220],
  ['Google Ads – Search', 'Brand – Exact', 45796, 1150, 90, 3, 199.8, 660, 90],
  ['Google Ads – Search', 'Generic', 45796, null, null, 0, 0, 0, null],
  ['Google Ads – Performance Max', 'PMax Spring', 45796, 11902, 170, 6, 289.35, 1150.25, 205],
].map(([Channel, adCampaign, Date, Impressions, Clicks, Conversions, Cost, Revenue, Engagements]) => ({
  'Campaign ID': 'C-1',
  Channel,
  Date,
  Impressions,
  Clicks,
  Conversions,
  Cost,
  Revenue,
  Engagements,
  'Ad Campaign': adCampaign,
}));

describe('campaign-operator import', () => {
  it('adds a Google Ads export to ChannelMetrics, and a second import changes nothing', async () => {
    const { dir, file } = await workspace('google-ads-en.utf16le.tsv');
    const first = await runCli(
      dir,
      'import',
      'google-ads-en.utf16le.tsv',
      '--into',
      'plan.xlsx',
      '--campaign',
      'C-1',
    );
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
    expect(first.stdout.split('\n').slice(0, 2)).toEqual([
      'Google Ads export (confidence 0.69), in USD',
      '9 rows read: 6 added, 0 replaced, 0 skipped; dropped 3 total rows and 0 empty rows',
    ]);
    expect(first.stdout).toContain('Wrote plan.xlsx.');
    const rows = await channelMetrics(file);
    expect(rows.slice(2)).toEqual(GOOGLE_ROWS);
    expect(rows.slice(0, 2).map((r) => r['Channel'])).toEqual(['LinkedIn', 'Google Ads']);

    const again = await runCli(
      dir,
      'import',
      'google-ads-en.utf16le.tsv',
      '--into',
      'plan.xlsx',
      '--campaign',
      'C-1',
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 added, 6 replaced, 0 skipped');
    expect(await channelMetrics(file)).toEqual(rows);

    const before = sha256(file);
    const skip = await runCli(
      dir,
      'import',
      'google-ads-en.utf16le.tsv',
      '--into',
      'plan.xlsx',
      '--campaign',
      'C-1',
      '--mode',
      'skip',
    );
    expect(skip.stdout).toContain('0 added, 0 replaced, 6 skipped');
    expect(skip.stdout).toContain('Nothing to write.');
    expect(sha256(file)).toBe(before);
  }, 30_000); // three CLI runs: slow on a loaded machine

  it('then tracks the workbook with the imported rows', async () => {
    const { dir } = await workspace('tiktok-ads.csv');
    const imported = await runCli(
      dir,
      'import',
      'tiktok-ads.csv',
      '--into',
      'plan.xlsx',
      '--campaign',
      'C-1',
    );
    expect(imported.code).toBe(0);
    const tracked = await runCli(dir, 'track', 'plan.xlsx', '--as-of', '2026-11-20T12:00:00Z', '--json');
    expect(tracked.code).toBe(0);
    const json = JSON.parse(tracked.stdout) as {
      campaigns: Array<{ feedback: { metrics: Record<string, unknown> } }>;
    };
    // 10,000 + 20,000 impressions already there, + 16,000 + 14,000 from TikTok.
    expect(json.campaigns[0]?.feedback.metrics['impressions']).toBe(60000);
  });

  it('refuses an export in another currency and leaves the workbook as it was', async () => {
    const { dir, file } = await workspace('meta-ads-es.csv');
    const before = sha256(file);
    const r = await runCli(dir, 'import', 'meta-ads-es.csv', '--into', 'plan.xlsx', '--campaign', 'C-1');
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'meta-ads-es.csv: the export is in EUR but campaign "C-1" is in USD; nothing was imported (convert the export, or import it into a campaign in EUR)\n',
    });
    expect(sha256(file)).toBe(before);
  });

  it('asks for the date format when the dates cannot tell, and takes it', async () => {
    const { dir } = await workspace('linkedin-ambiguous-dates.csv');
    const specs = goodWorkbookSpecs().map((s) =>
      s.name === 'Campaigns' ? { ...s, rows: s.rows.map((r) => [...r.slice(0, 8), 'EUR']) } : s,
    );
    await writeFile(join(dir, 'eur.xlsx'), await workbookOf(specs));
    const refused = await runCli(
      dir,
      'import',
      'linkedin-ambiguous-dates.csv',
      '--into',
      'eur.xlsx',
      '--campaign',
      'C-1',
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('say which with --date-format DMY or --date-format MDY');
    const taken = await runCli(
      dir,
      'import',
      'linkedin-ambiguous-dates.csv',
      '--into',
      'eur.xlsx',
      '--campaign',
      'C-1',
      '--date-format',
      'DMY',
    );
    expect(taken.code).toBe(0);
    // 45780 and 45781 are 2025-05-03 and 2025-05-04 (45795 is 2025-05-18).
    expect((await channelMetrics(join(dir, 'eur.xlsx'))).slice(2).map((r) => r['Date'])).toEqual([
      45780, 45781,
    ]);
  });

  it('prints problems of the export with their line, and of the workbook with their cell', async () => {
    const { dir } = await workspace();
    await writeFile(join(dir, 'bad.csv'), 'Campaign,Impr.,Clicks,Cost,Conv. value\nA,10,1,abc,0\n');
    const bad = await runCli(dir, 'import', 'bad.csv', '--into', 'plan.xlsx', '--campaign', 'C-1');
    expect(bad).toMatchObject({ code: 1, stderr: 'bad.csv: line 2, Cost "abc" is not a number\n' });
    const unknown = await runCli(dir, 'import', 'bad.csv', '--into', 'plan.xlsx', '--campaign', 'C-9');
    expect(unknown).toMatchObject({
      code: 1,
      stderr: 'Campaigns!A1: campaign "C-9" does not exist in Campaigns\n',
    });
  });

  it('imports into a workbook with charts, changing only the parts it owns', async () => {
    const { dir } = await workspace('x-ads.csv');
    // A tracked workbook: its report sheets hold native charts.
    expect(
      (await runCli(dir, 'track', 'plan.xlsx', '--as-of', '2026-11-20T12:00:00Z', '--out', 'plan.xlsx')).code,
    ).toBe(0);
    const file = join(dir, 'plan.xlsx');
    const before = new Uint8Array(await readFile(file));
    const r = await runCli(dir, 'import', 'x-ads.csv', '--into', 'plan.xlsx', '--campaign', 'C-1');
    expect(r.code).toBe(0);
    const after = new Uint8Array(await readFile(file));
    // The ChannelMetrics sheet, its table, the styles (the new rows' formats) and the workbook
    // (recalculation on load); charts, drawings and every other part are as they were.
    const sheet = await sheetPartOf(before, 'ChannelMetrics');
    const owned = [
      sheet,
      'xl/styles.xml',
      'xl/workbook.xml',
      (await tablePartOf(before, 'ChannelMetrics')) ?? '',
    ];
    const changed = changedParts(before, after);
    expect(changed).toContain(sheet);
    expect(changed.filter((n) => !owned.includes(n))).toEqual([]);
    expect((await partNames(after)).filter((n) => n.startsWith('xl/charts/'))).toEqual(
      (await partNames(before)).filter((n) => n.startsWith('xl/charts/')),
    );
  });

  it('imports into a workbook whose structure is protected (it adds no sheet); track on it stops naming the protection', async () => {
    const { dir, file } = await workspace('x-ads.csv');
    const locked = await rewritePart(new Uint8Array(await readFile(file)), 'xl/workbook.xml', (xml) =>
      xml.replace(/<(bookViews|sheets)\b/, '<workbookProtection lockStructure="1"/><$1'),
    );
    await writeFile(file, locked);
    const r = await runCli(dir, 'import', 'x-ads.csv', '--into', 'plan.xlsx', '--campaign', 'C-1');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const after = new Uint8Array(await readFile(file));
    expect(await partText(after, 'xl/workbook.xml')).toContain('<workbookProtection lockStructure="1"/>');
    expect(await channelMetrics(file)).toHaveLength(4);

    const tracked = await runCli(dir, 'track', 'plan.xlsx', '--as-of', '2026-11-20T12:00:00Z');
    expect(tracked.code).toBe(1);
    expect(tracked.stderr).toMatch(
      /^plan\.xlsx: cannot add or remove the sheet .*: the workbook's structure is protected/,
    );
    expect(await filesIn(dir)).not.toContain('plan.tracked.xlsx');
  });

  it('writes a channel that looks like a formula as text', async () => {
    const { dir, file } = await workspace('x-ads.csv');
    const r = await runCli(
      dir,
      'import',
      'x-ads.csv',
      '--into',
      'plan.xlsx',
      '--campaign',
      'C-1',
      '--channel',
      '=1+1',
    );
    expect(r.code).toBe(0);
    const xml = await sheetXml(new Uint8Array(await readFile(file)), 'ChannelMetrics');
    expect(xml).not.toContain('<f>');
    expect(cellXml(xml, 'B4')).toContain('t="inlineStr"');
    expect((await channelMetrics(file)).slice(2).map((row) => row['Channel'])).toEqual(['=1+1', '=1+1']);
  });

  it('reads an export saved as .xlsx', async () => {
    const { dir, file } = await workspace();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Export');
    ws.addRow(['Campaign report']);
    ws.addRow(['Campaign name', 'Day', 'Impressions', 'Link clicks', 'Purchases', 'Amount spent (USD)']);
    ws.addRow(['Spring', '2025-05-18', 15000, 400, 12, 300]);
    await wb.xlsx.writeFile(join(dir, 'meta.xlsx'));
    const r = await runCli(dir, 'import', 'meta.xlsx', '--into', 'plan.xlsx', '--campaign', 'C-1');
    expect(r.code).toBe(0);
    expect((await channelMetrics(file)).slice(2)).toEqual([
      {
        'Campaign ID': 'C-1',
        Channel: 'Meta Ads',
        Date: 45795,
        Impressions: 15000,
        Clicks: 400,
        Conversions: 12,
        Cost: 300,
        'Ad Campaign': 'Spring',
      },
    ]);
  });

  it.each([
    [['import', 'x.csv', '--campaign', 'C-1'], 'import: --into <workbook.xlsx> is required'],
    [['import', '--into', 'plan.xlsx'], 'missing <export>'],
    [
      ['import', 'plan.xlsx', '--into', 'plan.xlsx', '--campaign', 'C-1', '--mode', 'merge'],
      '--mode must be replace or skip',
    ],
  ])('%j is wrong usage (exit 2)', async (argv, message) => {
    const { dir } = await workspace();
    const r = await runCli(dir, ...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message.replace(/^import: /, ''));
  });

  it('has help', async () => {
    const { dir } = await workspace();
    const r = await runCli(dir, 'import', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Usage: campaign-operator import <export> --into <workbook.xlsx> --campaign <id>',
    );
    expect((await runCli(dir, '--help')).stdout).toContain('import <export>');
  });
});
