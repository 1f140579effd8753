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

  it('refuses a selection with no header', () => {
    expect(importRange([[1, 2, 3]], options)).toMatchObject({
      ok: false,
      issues: [{ code: 'no_header', firstRow: ['1', '2', '3'] }],
    });
  });
});
