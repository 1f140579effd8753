import { describeIssues } from '../../workbook/describe/describe-issues';
import type { RawCell, RawTable } from '../../workbook/host';
import { importReads, readImportTarget } from './import-target';

const table = (name: string, header: string[], rows: RawCell[][]): RawTable => ({
  source: { kind: 'sheet', name },
  sheet: name,
  headerRow: 1,
  firstColumn: 1,
  header,
  rows,
});

const CAMPAIGN_HEADER = ['Campaign ID', 'Name', 'Budget Allocated', 'Currency'];
const campaigns = (rows: RawCell[][]) => table('Campaigns', CAMPAIGN_HEADER, rows);
const settings = (currency: string) => table('Settings', ['Key', 'Value'], [['Currency', currency]]);
const metrics = table('ChannelMetrics', ['Campaign ID', 'Channel', 'Date'], [['C1', 'LinkedIn', null]]);

describe('the workbook side of an import', () => {
  it('reads only Campaigns, Settings and ChannelMetrics', () => {
    const reads = importReads({
      sheets: ['Campaigns', 'Tasks', 'KPIs', 'Channel Metrics', 'settings'],
      tables: [],
    });
    expect(reads.map((r) => r.source.name)).toEqual(['Campaigns', 'Channel Metrics', 'settings']);
  });

  it.each([
    ['the campaign’s own currency', [campaigns([['C1', 'Q2', 'lots', 'eur']]), settings('GBP')], 'EUR'],
    ['Settings when the campaign has none', [campaigns([['C1', 'Q2', 1, null]]), settings('GBP')], 'GBP'],
    ['USD when neither says', [campaigns([['C1', 'Q2', 1, null]])], 'USD'],
  ])('takes %s', (_name, tables, currency) => {
    const read = readImportTarget([...tables, metrics], 'C1');
    expect(read).toMatchObject({ ok: true, target: { campaignCurrency: currency } });
    expect(read.ok && read.target.channelMetrics?.rows).toEqual([
      { campaignId: 'C1', channel: 'LinkedIn', adCampaign: null, date: null, sheetRow: 2 },
    ]);
  });

  it('has no ChannelMetrics to read when the workbook has none', () => {
    expect(readImportTarget([campaigns([['C1', 'Q2', 1, 'USD']])], 'C1')).toEqual({
      ok: true,
      target: { campaignCurrency: 'USD', channelMetrics: null },
    });
  });

  it.each([
    [
      'an unknown campaign',
      [campaigns([['C1', 'Q2', 1, 'USD']])],
      'C9',
      'Campaigns!A1: campaign "C9" does not exist in Campaigns',
    ],
    [
      'a currency that is no code',
      [
        campaigns([
          [null, null, null, null],
          ['C1', 'Q2', 1, 'Euro'],
        ]),
      ],
      'C1',
      'Campaigns!D3: Currency "Euro" is not a three-letter ISO 4217 currency code such as USD',
    ],
    ['no Campaigns', [metrics], 'C1', 'Campaigns: the workbook has no table or sheet named "Campaigns"'],
    [
      'a broken Settings Currency when the campaign has none',
      [campaigns([['C1', 'Q2', 1, null]]), settings('Euro')],
      'C1',
      'Settings!B2: Currency "Euro" is not a three-letter ISO 4217 currency code such as USD',
    ],
  ])('refuses %s, with its place', (_name, tables, id, text) => {
    const read = readImportTarget(tables, id);
    if (read.ok) throw new Error('expected a refusal');
    expect(describeIssues(read.issues, read.sourceMap).map((d) => d.text)).toEqual([text]);
  });
});
