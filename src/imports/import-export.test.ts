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

  it('keeps rows in order of first appearance, and merges a slash date with the same day written otherwise', () => {
    const imp = createExportImport(options);
    imp.push(
      new TextEncoder().encode(
        'Day,Campaign,Impr.,Clicks,Cost,Conv. value\n' +
          '2026-04-03,Generic,7,1,0.50,0\n' +
          '2026-04-03,Brand,10,1,1.10,0\n' +
          '03/04/2026,Brand,5,1,2.20,0\n' +
          '13/04/2026,Brand,1,0,0.00,0\n',
      ),
    );
    const parsed = imp.end();
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.rows.map((r) => [r.adCampaign, r.date, r.impressions, r.cost, r.sourceRows])).toEqual([
      ['Generic', '2026-04-03', 7, 0.5, 1],
      ['Brand', '2026-04-03', 15, 3.3, 2],
      ['Brand', '2026-04-13', 1, 0, 1],
    ]);
  });
});
