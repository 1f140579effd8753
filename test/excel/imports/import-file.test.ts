/// <reference types="office-js" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderImportReview } from '../../../src/engine/messages/render-import-review';
import type { ImportRequest } from '../../../src/excel/operator-actions';
import {
  cellsOf,
  cliImport,
  FIXTURES,
  fileRequest as file,
  importWorkbookBytes,
  paneWorkbook,
  previewOf,
  selectionRequest as selection,
  wroteAny,
  type Pane,
} from './import-workbooks';

let workbook: Uint8Array;
let pane: Pane;
beforeAll(async () => {
  workbook = await importWorkbookBytes();
});
beforeEach(async () => {
  pane = await paneWorkbook(workbook);
});
afterEach(() => pane.fake.uninstall());

const preview = (request: ImportRequest) => previewOf(pane, request);
const wrote = () => wroteAny(pane);

describe('Import export (a file picked in the task pane)', () => {
  it.each([
    ['google-ads-en.utf16le.tsv', 'C-1'],
    ['meta-ads-en.utf16be.csv', 'C-1'],
    ['generic-semicolon-bom.csv', 'C-1'],
    ['linkedin-campaigns.utf16le.tsv', 'C-EUR'],
    // .xlsx exports: the same pure reader in both (zlib in the CLI, DecompressionStream in the pane).
    ['google-ads-display-blank.xlsx', 'C-1'],
    ['meta-ads-day-range.xlsx', 'C-1'],
  ])('%s: the preview the CLI prints, then the rows it writes', async (fixture, campaign) => {
    const cli = await cliImport(workbook, fixture, campaign);
    const before = pane.fake.describe();
    const p = await preview(file(fixture, { campaignId: campaign }));
    expect(pane.fake.describe()).toEqual(before);
    expect(wrote()).toBe(false);
    expect(pane.fake.syncCount).toBe(2); // the inventory, then Campaigns, Settings and ChannelMetrics
    expect([...p.summary, ...renderImportReview(p.review, p.currency)]).toEqual(
      cli.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('Wrote ')),
    );
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
      counts: { rowsRead: 9, added: 6, replaced: 0, skipped: 0, dropped: { totals: 3, empty: 0 } },
      sheet: 'ChannelMetrics',
    });
  });

  it('refuses an .xlsx export it cannot read, saying what to do instead, and writes nothing', async () => {
    const before = pane.fake.describe();
    const damaged = new Uint8Array(readFileSync(join(FIXTURES, 'meta-ads-day-range.xlsx'))).slice(0, 2000);
    const p = await pane.actions.prepareImport({
      ...file('google-ads-en.utf16le.tsv'),
      source: { kind: 'file', name: 'ads.xlsx', bytes: damaged },
    });
    expect(p).toEqual({
      kind: 'import_problems',
      problems: [
        {
          code: 'unreadable_workbook',
          text: 'ads.xlsx: the file is an Excel workbook that cannot be read: it is damaged or not really .xlsx; open it in Excel and save it again, or export the report as CSV',
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
