import type { RawCell } from '../../workbook/host';
import { MemoryHost } from '../../../test/workbook/memory-host';
import { importRange } from '../import-range';
import type { ImportOptions } from '../import-types';
import { prepareImport, replanImport, type ImportChoices } from './prepare-import';

const METRICS_HEADER = ['Campaign ID', 'Channel', 'Date', 'Impressions', 'Clicks', 'Conversions', 'Cost'];
// 45795 is 2025-05-18.
const EXISTING: RawCell[] = ['C1', 'TikTok Ads', 45795, 1, 1, 1, 1];
const EXPORT: RawCell[][] = [
  ['By Day', 'Campaign name', 'Cost', 'Impression', 'Clicks (Destination)', 'Conversions'],
  ['2025-05-18', 'Spring', '40.00', '16000', '240', '5'],
  ['2025-05-19', 'Spring', '35.50', '14000', '210', '4'],
];

function workbook(currency: string, metrics: RawCell[][] = []): MemoryHost {
  return new MemoryHost([
    {
      name: 'Campaigns',
      cells: [
        ['Campaign ID', 'Name', 'Currency'],
        ['C1', 'Spring', currency],
      ],
    },
    { name: 'ChannelMetrics', cells: [METRICS_HEADER, ...metrics] },
  ]);
}

const choices: ImportChoices = { campaignId: 'C1', mode: 'replace' };
const byRow = (options: ImportOptions) => ({
  parsed: importRange(EXPORT, options),
  locate: (line: number) => `row ${line}`,
});

describe('prepareImport', () => {
  it('reads the target, then the export with the campaign’s currency and the choices, then plans', async () => {
    const seen: ImportOptions[] = [];
    const prepared = await prepareImport(
      workbook('USD', [EXISTING]),
      (options) => {
        seen.push(options);
        return byRow(options);
      },
      { ...choices, channel: 'TikTok Ads', dateFormat: 'DMY' },
    );
    expect(seen).toEqual([
      { campaignId: 'C1', campaignCurrency: 'USD', channel: 'TikTok Ads', dateFormat: 'DMY' },
    ]);
    // 05-18 is already there (row 2): replaced; 05-19 is new.
    expect(prepared).toMatchObject({ ok: true, summary: { added: 1, replaced: 1, skipped: 0 } });
    expect(prepared.ok && prepared.plan.ops.map((o) => o.kind)).toEqual(['updateCells', 'appendRows']);
  });

  it('stops at the workbook when the campaign is not there, before reading the export', async () => {
    let read = false;
    const prepared = await prepareImport(
      workbook('USD'),
      (options) => {
        read = true;
        return byRow(options);
      },
      { ...choices, campaignId: 'C9' },
    );
    expect(prepared).toMatchObject({ ok: false, stage: 'workbook', issues: [{ code: 'unknown_campaign' }] });
    expect(read).toBe(false);
  });

  it('stops at the workbook when ChannelMetrics is in two places, writing into neither', async () => {
    const host = new MemoryHost(
      [
        {
          name: 'Campaigns',
          cells: [
            ['Campaign ID', 'Currency'],
            ['C1', 'USD'],
          ],
        },
        { name: 'ChannelMetrics', cells: [METRICS_HEADER] },
        { name: 'Archive 2025', cells: [METRICS_HEADER, EXISTING] },
      ],
      [{ name: 'Channel_Metrics', sheet: 'Archive 2025', top: 1, left: 1, rows: 2, columns: 7 }],
    );
    let read = false;
    const prepared = await prepareImport(
      host,
      (options) => {
        read = true;
        return byRow(options);
      },
      choices,
    );
    expect(prepared).toMatchObject({
      ok: false,
      stage: 'workbook',
      issues: [{ code: 'ambiguous_source', path: ['channelMetrics'] }],
    });
    expect(read).toBe(false);
    expect(host.calls).toEqual(['inventory']);
  });

  it('returns the export’s problems with the host’s way of naming a place', async () => {
    // The export says no currency; the user declares USD, the campaign is in EUR.
    const prepared = await prepareImport(workbook('EUR'), byRow, { ...choices, currency: 'USD' });
    expect(prepared).toMatchObject({ ok: false, stage: 'export', issues: [{ code: 'currency_mismatch' }] });
    expect(!prepared.ok && prepared.stage === 'export' && prepared.locate(3, 0)).toBe('row 3');
  });
});

describe('replanImport', () => {
  it('plans the same rows into the workbook as it is now', async () => {
    const before = await prepareImport(workbook('USD'), byRow, choices);
    if (!before.ok) throw new Error('expected a plan');
    expect(before.summary).toMatchObject({ added: 2, replaced: 0 });
    const same = await replanImport(workbook('USD'), before);
    expect(same.ok && same.plan).toEqual(before.plan);
    const changed = await replanImport(workbook('USD', [EXISTING]), before);
    expect(changed).toMatchObject({ ok: true, summary: { added: 1, replaced: 1 } });
  });

  it('refuses the rows when the campaign’s currency changed since', async () => {
    const before = await prepareImport(workbook('USD'), byRow, choices);
    if (!before.ok) throw new Error('expected a plan');
    expect(await replanImport(workbook('EUR'), before)).toMatchObject({
      ok: false,
      stage: 'export',
      issues: [
        { code: 'currency_mismatch', exportCurrency: 'USD', campaignCurrency: 'EUR', campaignId: 'C1' },
      ],
    });
  });
});
