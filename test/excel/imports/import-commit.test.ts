/// <reference types="office-js" />
import type { ImportPreview, ImportRequest } from '../../../src/excel/operator-actions';
import { editCell } from '../../support/sample-on-fake';
import {
  cellsOf,
  cliImport,
  fileRequest as file,
  importWorkbookBytes,
  paneWorkbook,
  previewOf,
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

describe('re-importing, stale previews and refusals', () => {
  it('replaces the channel-days it already wrote, or skips them, and counts them', async () => {
    const first = await preview(file('tiktok-ads.csv'));
    pane.fake.resetSyncLog();
    await pane.actions.commitImport(first);
    expect(pane.fake.syncCount).toBe(4); // read again (inventory, tables), one write, recalculate
    const once = cellsOf(await pane.channelMetrics());
    const again = await preview(file('tiktok-ads.csv'));
    expect(again.counts).toMatchObject({ added: 0, replaced: 2, skipped: 0 });
    await expect(pane.actions.commitImport(again)).resolves.toMatchObject({ written: true });
    expect(cellsOf(await pane.channelMetrics())).toEqual(once);

    const skip = await preview(file('tiktok-ads.csv', { mode: 'skip' }));
    expect(skip.counts).toMatchObject({ added: 0, replaced: 0, skipped: 2 });
    expect(skip.summary).toContain(
      '- 2 rows already in ChannelMetrics skipped (Skip): "TikTok Ads" "Spring UGC" 2025-05-18 and "TikTok Ads" "Spring UGC" 2025-05-19',
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
