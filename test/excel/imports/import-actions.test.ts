/// <reference types="office-js" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportPreview, ImportRequest } from '../../../src/excel/operator-actions';
import { pasteCells } from '../../support/paste-export';
import { editCell } from '../../support/sample-on-fake';
import { cellsOf, cliImport, FIXTURES, importWorkbookBytes, paneWorkbook } from './import-workbooks';

let workbook: Uint8Array;
let pane: Awaited<ReturnType<typeof paneWorkbook>>;
beforeAll(async () => {
  workbook = await importWorkbookBytes();
});
beforeEach(async () => {
  pane = await paneWorkbook(workbook);
});
afterEach(() => pane.fake.uninstall());

const bytesOf = (fixture: string) => new Uint8Array(readFileSync(join(FIXTURES, fixture)));
const file = (fixture: string, more: Partial<ImportRequest> = {}): ImportRequest => ({
  source: { kind: 'file', name: fixture, bytes: bytesOf(fixture) },
  campaignId: 'C-1',
  mode: 'replace',
  ...more,
});
const selection = (more: Partial<ImportRequest> = {}): ImportRequest => ({
  source: { kind: 'selection' },
  campaignId: 'C-1',
  mode: 'replace',
  ...more,
});

async function preview(request: ImportRequest): Promise<ImportPreview> {
  const p = await pane.actions.prepareImport(request);
  if (p.kind !== 'preview') throw new Error(JSON.stringify(p));
  return p;
}

/** Whether any sync carried writes: the host suspends calculation in every batch it writes. */
const wrote = () => pane.fake.syncs.some((s) => s.calculationSuspended);

describe('Import export (a file picked in the task pane)', () => {
  it.each([
    ['google-ads-en.utf16le.tsv', 'C-1'],
    ['meta-ads-en.utf16be.csv', 'C-1'],
    ['generic-semicolon-bom.csv', 'C-1'],
    ['linkedin-campaigns.utf16le.tsv', 'C-EUR'],
  ])('%s: the preview the CLI prints, then the rows it writes', async (fixture, campaign) => {
    const cli = await cliImport(workbook, fixture, campaign);
    const before = pane.fake.describe();
    const p = await preview(file(fixture, { campaignId: campaign }));
    expect(pane.fake.describe()).toEqual(before);
    expect(wrote()).toBe(false);
    expect(pane.fake.syncCount).toBe(2); // the inventory, then Campaigns, Settings and ChannelMetrics
    expect(p.summary).toEqual(cli.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('Wrote ')));
    expect(p.source).toEqual({ kind: 'file', name: fixture });
    await expect(pane.actions.commitImport(p)).resolves.toMatchObject({ kind: 'committed', written: true });
    expect(cellsOf(await pane.channelMetrics())).toEqual(cellsOf(cli.table));
  });

  it('gives the platform, its confidence and the counts', async () => {
    expect(await preview(file('google-ads-en.utf16le.tsv'))).toMatchObject({
      kind: 'preview',
      campaignId: 'C-1',
      mode: 'replace',
      platform: 'google_ads',
      platformName: 'Google Ads',
      confidence: 0.69,
      currency: 'USD',
      counts: { rowsRead: 9, added: 4, replaced: 0, skipped: 0, dropped: { totals: 3, empty: 0 } },
      sheet: 'ChannelMetrics',
    });
  });

  it('refuses an .xlsx export, saying what to do instead, and writes nothing', async () => {
    const before = pane.fake.describe();
    const p = await pane.actions.prepareImport({
      ...file('google-ads-en.utf16le.tsv'),
      source: { kind: 'file', name: 'ads.xlsx', bytes: workbook },
    });
    expect(p).toEqual({
      kind: 'import_problems',
      problems: [
        {
          code: 'binary_file',
          text: 'ads.xlsx: the file is an Excel workbook, not a text export; open it in Excel, copy the report into a sheet of this workbook and use Import pasted range, or save it as CSV and import that',
          address: null,
        },
      ],
    });
    expect(pane.fake.describe()).toEqual(before);
    expect(wrote()).toBe(false);
  });

  it('lists every problem of a file, by line, after the file’s name', async () => {
    const bytes = new TextEncoder().encode(
      'Campaign,Impr.,Clicks,Cost,Conv. value\nA,10,1,=1+2,0\nB,x,1,2,0\n',
    );
    const p = await pane.actions.prepareImport({
      ...selection(),
      source: { kind: 'file', name: 'ads.csv', bytes },
    });
    expect(p).toEqual({
      kind: 'import_problems',
      problems: [
        { code: 'invalid_number', text: 'ads.csv: line 2, Cost "=1+2" is not a number', address: null },
        { code: 'invalid_number', text: 'ads.csv: line 3, Impr. "x" is not a number', address: null },
      ],
    });
  });

  it('asks for the Date format when the dates cannot tell, and takes it', async () => {
    const p = await pane.actions.prepareImport(file('linkedin-ambiguous-dates.csv', { campaignId: 'C-EUR' }));
    expect(p).toEqual({
      kind: 'import_problems',
      problems: [
        {
          code: 'ambiguous_dates',
          text: 'linkedin-ambiguous-dates.csv: the Start Date (in UTC) column can be read day-first or month-first ("03/05/2025" and "04/05/2025"); say which by choosing the Date format: DMY (day first) or MDY (month first)',
          address: null,
        },
      ],
    });
    const dmy = await preview(
      file('linkedin-ambiguous-dates.csv', { campaignId: 'C-EUR', dateFormat: 'DMY' }),
    );
    await pane.actions.commitImport(dmy);
    const cli = await cliImport(workbook, 'linkedin-ambiguous-dates.csv', 'C-EUR', '--date-format', 'DMY');
    expect(cellsOf(await pane.channelMetrics())).toEqual(cellsOf(cli.table));
    // 45780 and 45781 are 2025-05-03 and 2025-05-04.
    expect((await pane.channelMetrics()).rows.slice(2).map((r) => r[2])).toEqual([45780, 45781]);
  });

  it('refuses an export in another currency than the campaign’s, as the CLI does', async () => {
    const cli = await cliImport(workbook, 'meta-ads-es.csv', 'C-1');
    const p = await pane.actions.prepareImport(file('meta-ads-es.csv'));
    expect(p).toMatchObject({ kind: 'import_problems', problems: [{ code: 'currency_mismatch' }] });
    expect(p.kind === 'import_problems' && `${p.problems[0]?.text ?? ''}\n`).toBe(cli.stderr);
  });
});

describe('Import pasted range', () => {
  const SMALL = [
    ['By Day', 'Campaign name', 'Cost', 'Impression', 'Clicks (Destination)', 'Conversions'],
    ['2025-05-18', 'Spring', '40.00', '16000', '240', '5'],
    ['2025-05-19', 'Spring', 'abc', '14000', '210', '4'],
  ];

  it('reads the selection in one sync and names the pasted cell of a problem', async () => {
    await pasteCells(pane.fake, 'Export', { row: 3, column: 2 }, SMALL);
    const before = pane.fake.describe();
    const p = await pane.actions.prepareImport(selection());
    expect(p).toEqual({
      kind: 'import_problems',
      problems: [
        {
          code: 'invalid_number',
          text: 'Export!D5, Cost "abc" is not a number',
          address: { sheet: 'Export', row: 5, column: 4, a1: 'Export!D5' },
        },
      ],
    });
    expect(pane.fake.syncCount).toBe(3); // the selection, the inventory, the three tables
    expect(pane.fake.describe()).toEqual(before);
    expect(wrote()).toBe(false);
  });

  it('reads only the used part of whole selected columns, and leaves the pasted range as it is', async () => {
    const cells = SMALL.map((r, i) => (i === 2 ? r.map((c) => (c === 'abc' ? '35.50' : c)) : r));
    await pasteCells(pane.fake, 'Export', { row: 3, column: 2 }, cells);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Export').getRange('A:H').select();
      await context.sync();
    });
    const pasted = pane.fake.values('Export!B3:G5');
    const p = await preview(selection());
    expect(p.source).toEqual({ kind: 'selection', address: 'Export!B3:G5' });
    expect(p.counts).toMatchObject({ rowsRead: 2, added: 2 });
    await pane.actions.commitImport(p);
    expect(pane.fake.values('Export!B3:G5')).toEqual(pasted);
  });

  it.each([
    ['one cell', 'Export!B3', 'Only one cell is selected.'],
    ['empty cells', 'Export!B3:D9', 'The selected cells are empty.'],
  ])('refuses %s before reading the workbook', async (_, range, start) => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Export').getRange(range.split('!')[1]).select();
      await context.sync();
    });
    pane.fake.resetSyncLog();
    const p = await pane.actions.prepareImport(selection());
    expect(p).toMatchObject({ kind: 'import_problems', problems: [{ code: 'selection', address: null }] });
    expect(p.kind === 'import_problems' && p.problems[0]?.text.startsWith(start)).toBe(true);
    expect(pane.fake.syncCount).toBe(1);
  });

  it('keeps text that looks like a formula inert in what it writes', async () => {
    const hostile = [
      ['Campaign', 'Campaign type', 'Day', 'Impr.', 'Clicks', 'Cost', 'Conv. value'],
      ['Brand', '=HYPERLINK("http://evil.example","x")', '2025-05-18', '100', '10', '5.00', '0'],
    ];
    await pasteCells(pane.fake, 'Export', { row: 1, column: 1 }, hostile, true);
    await pane.actions.commitImport(await preview(selection({ channel: '+cmd|calc!A0' })));
    const written = pane.fake.cell('ChannelMetrics!B4');
    expect(written).toMatchObject({ value: '+cmd|calc!A0', quotePrefix: true });
    expect(written.formula).toBeNull();
  });
});

describe('re-importing, stale previews and refusals', () => {
  it('replaces the channel-days it already wrote, or skips them, and counts them', async () => {
    const first = await preview(file('tiktok-ads.csv'));
    pane.fake.resetSyncLog();
    await pane.actions.commitImport(first);
    expect(pane.fake.syncCount).toBe(3); // read again (inventory, tables), then one write
    const once = cellsOf(await pane.channelMetrics());
    const again = await preview(file('tiktok-ads.csv'));
    expect(again.counts).toMatchObject({ added: 0, replaced: 2, skipped: 0 });
    await expect(pane.actions.commitImport(again)).resolves.toMatchObject({ written: true });
    expect(cellsOf(await pane.channelMetrics())).toEqual(once);

    const skip = await preview(file('tiktok-ads.csv', { mode: 'skip' }));
    expect(skip.counts).toMatchObject({ added: 0, replaced: 0, skipped: 2 });
    expect(skip.summary).toContain(
      '- 2 channel-days already in ChannelMetrics skipped (Skip): "TikTok Ads" 2025-05-18 and "TikTok Ads" 2025-05-19',
    );
    pane.fake.resetSyncLog();
    await expect(pane.actions.commitImport(skip)).resolves.toMatchObject({
      kind: 'committed',
      written: false,
    });
    expect(wrote()).toBe(false);
    expect(pane.fake.syncCount).toBe(2);
    expect(cellsOf(await pane.channelMetrics())).toEqual(once);
  });

  it('returns a fresh preview, writing nothing, when ChannelMetrics changed since; then commits that', async () => {
    const p = await preview(file('tiktok-ads.csv'));
    expect(p.counts).toMatchObject({ added: 2, replaced: 0 });
    // The user makes the first row TikTok's on 2025-05-18 (serial 45795) meanwhile.
    editCell(pane.fake, 'ChannelMetrics', 'Channel', 1, 'TikTok Ads');
    editCell(pane.fake, 'ChannelMetrics', 'Date', 1, 45795);
    const before = pane.fake.describe();
    pane.fake.resetSyncLog();
    const stale = await pane.actions.commitImport(p);
    expect(stale).toMatchObject({
      kind: 'stale',
      preview: { importId: p.importId, counts: { added: 1, replaced: 1 } },
    });
    expect(pane.fake.describe()).toEqual(before);
    expect(wrote()).toBe(false);
    if (stale.kind !== 'stale') throw new Error('expected a stale preview');
    await expect(pane.actions.commitImport(stale.preview)).resolves.toMatchObject({ kind: 'committed' });
    // 16,000 TikTok impressions replaced the row's 10,000; 14,000 were appended.
    expect((await pane.channelMetrics()).rows.map((r) => r[3])).toEqual([16000, 20000, 14000]);
  });

  it('creates ChannelMetrics in a workbook without it, as the CLI does', async () => {
    pane.fake.uninstall();
    const bare = await importWorkbookBytes('ChannelMetrics');
    pane = await paneWorkbook(bare);
    const p = await preview(file('x-ads.csv'));
    expect(p).toMatchObject({ sheet: 'ChannelMetrics', counts: { added: 2 } });
    await pane.actions.commitImport(p);
    const cli = await cliImport(bare, 'x-ads.csv', 'C-1');
    expect(cellsOf(await pane.channelMetrics())).toEqual(cellsOf(cli.table));
  });

  it('refuses a preview it did not prepare (the pane was reloaded)', async () => {
    const p = await preview(file('tiktok-ads.csv'));
    await expect(pane.actions.commitImport({ ...p, importId: 'elsewhere' })).rejects.toThrow(
      'This import is no longer ready to write',
    );
  });

  it('keeps the last eight previews for a commit', async () => {
    const previews: ImportPreview[] = [];
    for (let i = 0; i < 9; i++) previews.push(await preview(file('tiktok-ads.csv')));
    const [oldest, next] = previews;
    if (oldest === undefined || next === undefined) throw new Error('expected previews');
    await expect(pane.actions.commitImport(oldest)).rejects.toThrow('Prepare the import again');
    await expect(pane.actions.commitImport(next)).resolves.toMatchObject({ kind: 'committed' });
  });

  it('names the workbook’s problem with its cell', async () => {
    const p = await pane.actions.prepareImport(file('tiktok-ads.csv', { campaignId: 'C-9' }));
    expect(p).toMatchObject({
      kind: 'import_problems',
      problems: [
        { code: 'workbook', text: expect.stringContaining('"C-9"'), address: { sheet: 'Campaigns' } },
      ],
    });
  });

  it.each([
    [{ campaignId: ' ' }, 'Choose the campaign the export belongs to, then import again.'],
    [{ currency: 'euro' }, 'Currency "euro" is not a three-letter ISO 4217 code such as USD or EUR.'],
  ])('refuses the request %j', async (more, start) => {
    const p = await pane.actions.prepareImport(file('tiktok-ads.csv', more));
    expect(p).toMatchObject({ kind: 'import_problems', problems: [{ code: 'request' }] });
    expect(p.kind === 'import_problems' && p.problems[0]?.text.startsWith(start)).toBe(true);
    expect(pane.fake.syncCount).toBe(0);
  });

  it('retries while a cell is edited, and tells people what Excel refused', async () => {
    const p = await preview(file('tiktok-ads.csv'));
    pane.fake.failNextSyncs(1);
    await expect(pane.actions.prepareImport(file('x-ads.csv'))).resolves.toMatchObject({ kind: 'preview' });
    pane.fake.failNextSyncs(9, 'AccessDenied');
    await expect(pane.actions.commitImport(p)).rejects.toThrow('Excel refused to change the workbook');
  });
});
