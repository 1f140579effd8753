import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderImportIssue } from '../../../src/engine/messages/render-import-issue';
import {
  browserInflate,
  FILE_CHUNK_BYTES,
  readExportBytes,
} from '../../../src/excel/actions/read-export-bytes';
import { FIXTURES } from './import-workbooks';

const usd = { campaignId: 'C1', campaignCurrency: 'USD' };

describe('an .xlsx export picked in the task pane', () => {
  it('reads an .xlsx export with the browser’s DecompressionStream, as the CLI does with zlib', async () => {
    const xlsx = new Uint8Array(readFileSync(join(FIXTURES, 'meta-ads-day-range.xlsx')));
    const inflate = browserInflate();
    expect(inflate).not.toBeNull();
    const { parsed, locate } = await readExportBytes(xlsx, usd, FILE_CHUNK_BYTES, inflate);
    expect(parsed).toMatchObject({
      ok: true,
      rows: expect.arrayContaining([
        expect.objectContaining({
          adCampaign: 'Spring Prospecting',
          date: '2026-11-16',
          impressions: 10450,
          cost: 85.2,
        }),
      ]),
    });
    expect(parsed.ok && parsed.rows).toHaveLength(6);
    expect(locate(3, 1)).toBe("'meta-ads-day-range'!B3");
  });

  it('says to paste the report where the browser cannot unpack .xlsx', async () => {
    const xlsx = new Uint8Array(readFileSync(join(FIXTURES, 'meta-ads-day-range.xlsx')));
    const { parsed } = await readExportBytes(xlsx, usd, FILE_CHUNK_BYTES, null);
    expect(parsed).toMatchObject({
      ok: false,
      issues: [{ code: 'unreadable_workbook', reason: 'no_inflate' }],
    });
    if (!parsed.ok && parsed.issues[0] !== undefined)
      expect(renderImportIssue(parsed.issues[0])).toBe(
        'the file is an Excel workbook that cannot be read: this Excel cannot unpack .xlsx files in the add-in; paste the report into a sheet and use Import pasted range',
      );
  });
});
