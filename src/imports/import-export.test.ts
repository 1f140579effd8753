import { createExportImport } from './import-export';

const options = { campaignId: 'C1', campaignCurrency: 'USD' };

describe('streaming an export', () => {
  it('reads the example of its documentation', () => {
    const imp = createExportImport(options);
    imp.push(new TextEncoder().encode('Campaign,Impr.,Clicks,Cost,Conv. value\nBrand,"1,000",50,12.50,40\n'));
    expect(imp.end()).toMatchObject({
      ok: true,
      currency: 'USD',
      rows: [
        {
          campaignId: 'C1',
          channel: 'Google Ads',
          date: null,
          impressions: 1000,
          clicks: 50,
          cost: 12.5,
          revenue: 40,
        },
      ],
      reading: { platform: 'google_ads', delimiter: ',', headerLine: 1, rowsRead: 1 },
    });
  });

  it('reads an export whose header is not followed by any row', () => {
    const imp = createExportImport(options);
    imp.push(new TextEncoder().encode('Campaign,Impr.,Clicks,Cost,Conv. value'));
    expect(imp.end()).toMatchObject({ ok: true, rows: [], reading: { rowsRead: 0 } });
  });

  it('refuses an empty file', () => {
    expect(createExportImport(options).end()).toMatchObject({
      ok: false,
      issues: [{ code: 'no_header', firstRow: [] }],
    });
  });
});
