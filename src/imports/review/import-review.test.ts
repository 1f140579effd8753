import type { ImportedRow } from '../import-types';
import { reviewImport } from './import-review';

const row = (over: Partial<ImportedRow>): ImportedRow => ({
  campaignId: 'C1',
  channel: 'Google Ads – Search',
  adCampaign: 'Brand',
  date: '2025-05-18',
  source: 'measured',
  sourceRows: 1,
  firstLine: 2,
  impressions: 100,
  clicks: 10,
  conversions: 1,
  cost: 0.1,
  revenue: null,
  engagements: null,
  ...over,
});

describe('reviewing an import', () => {
  const rows = [
    row({}),
    row({ adCampaign: 'brand ', date: '2025-05-19', cost: 0.2, conversions: null }),
    row({ adCampaign: 'Generic', date: null, cost: 1.005 }),
    row({ channel: 'google ads - search', adCampaign: 'Generic', date: '2025-05-12' }),
    row({ channel: 'Google Ads – Display', adCampaign: null, impressions: null }),
    row({ channel: 'Google Ads – Display', adCampaign: null, date: '2025-05-20' }),
  ];
  const review = reviewImport(
    rows,
    [{ kind: 'append' }, { kind: 'replace', sheetRow: 9 }, { kind: 'skip' }],
    'USD',
  );

  it('covers the dates, counts channels and ad campaigns as re-imports compare them', () => {
    expect(review).toMatchObject({
      rows: 6,
      dates: { first: '2025-05-12', last: '2025-05-20' },
      undatedRows: 1,
      channels: 2,
      adCampaigns: 2,
    });
  });

  it('totals exactly, rounded once, and counts blanks instead of adding zeros', () => {
    // 0.1 + 0.2 + 1.005 + 0.1 + 0.1 + 0.1 = 1.605 → $1.61 (half-up, once).
    expect(review.totals).toEqual({ cost: 1.61, impressions: 500, clicks: 60, conversions: 5 });
    expect(review.blankRows).toEqual({ cost: 0, impressions: 1, clicks: 0, conversions: 1 });
    expect(reviewImport([row({ conversions: null })], [], 'USD').totals.conversions).toBeNull();
  });

  it('shows the first five rows as they will be written, with what writing does', () => {
    expect(review.firstRows).toHaveLength(5);
    expect(review.firstRows.slice(0, 4).map((r) => [r.action, r.sheetRow])).toEqual([
      ['add', null],
      ['replace', 9],
      ['skip', null],
      ['add', null],
    ]);
    expect(review.columns).toEqual([
      'Campaign ID',
      'Channel',
      'Ad Campaign',
      'Date',
      'Impressions',
      'Clicks',
      'Conversions',
      'Cost',
      'Revenue',
      'Engagements',
    ]);
    expect(review.firstRows[1]?.values).toEqual([
      'C1',
      'Google Ads – Search',
      'brand ',
      '2025-05-19',
      100,
      10,
      null,
      0.2,
      null,
      null,
    ]);
  });
});
