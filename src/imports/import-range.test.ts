import { importRange } from './import-range';

const options = { campaignId: 'C1', campaignCurrency: 'USD' };

describe('pasted range', () => {
  it('reads the example of its documentation', () => {
    expect(
      importRange(
        [
          ['Campaign name', 'Impressions', 'Link clicks', 'Amount spent (USD)'],
          ['Spring', 1000, 40, 25.5],
        ],
        options,
      ),
    ).toMatchObject({ ok: true, rows: [{ channel: 'Meta Ads', impressions: 1000, clicks: 40, cost: 25.5 }] });
  });

  it('keeps a row whose first cell is an Excel error (a pasted formula), unlike a # comment', () => {
    const parsed = importRange(
      [
        ['Campaign', 'Campaign type', 'Impr.', 'Clicks', 'Cost', 'Conv. value'],
        [{ error: '#NAME?' }, 'Search', 100, 10, 5, 0],
        ['Brand', 'Search', 200, 20, 10, 0],
      ],
      options,
    );
    // The error row counts (a `#` comment here would end the table); an error is no campaign name.
    expect(parsed).toMatchObject({
      ok: true,
      rows: [
        { channel: 'Google Ads – Search', adCampaign: null, impressions: 100, clicks: 10, cost: 5 },
        { channel: 'Google Ads – Search', adCampaign: 'Brand', impressions: 200, clicks: 20, cost: 10 },
      ],
    });
  });

  it('refuses a selection with no header', () => {
    expect(importRange([[1, 2, 3]], options)).toMatchObject({
      ok: false,
      issues: [{ code: 'no_header', firstRow: ['1', '2', '3'] }],
    });
  });
});
