import type { ImportReview } from '../issues/import-summary';
import { renderImportReview, reviewValue } from './render-import-review';

const review: ImportReview = {
  rows: 8,
  dates: { first: '2026-03-15', last: '2026-03-18' },
  undatedRows: 1,
  totals: { cost: 1250.4, impressions: 48200, clicks: 1310, conversions: null },
  blankRows: { cost: 0, impressions: 2, clicks: 0, conversions: 8 },
  channels: 2,
  adCampaigns: 3,
  columns: ['Campaign ID', 'Channel', 'Ad Campaign', 'Date', 'Impressions', 'Cost'],
  firstRows: [
    {
      action: 'add',
      sheetRow: null,
      values: ['C1', 'Google Ads – Search', 'Brand', '2026-03-15', 5200, 210.5],
    },
    {
      action: 'replace',
      sheetRow: 14,
      values: ['C1', 'Google Ads – Display', null, '2026-03-17', null, 64.2],
    },
  ],
};

describe('import review', () => {
  it('says the rows, channels, ad campaigns, dates, totals with their blanks, and the first rows', () => {
    expect(renderImportReview(review, 'USD')).toEqual([
      'Review: 8 rows, 2 channels, 3 ad campaigns, 2026-03-15 to 2026-03-18 (1 row without a date)',
      'Totals: spend $1,250.40 · impressions 48,200 · clicks 1,310 · conversions not reported (impressions blank in 2 rows: not reported, not zero)',
      'First 2 of 8 rows as they will be written (Campaign ID | Channel | Ad Campaign | Date | Impressions | Cost):',
      '  add: C1 | Google Ads – Search | Brand | 2026-03-15 | 5,200 | $210.50',
      '  replace row 14: C1 | Google Ads – Display | blank | 2026-03-17 | blank | $64.20',
    ]);
  });

  it('shows one day, and no dates', () => {
    expect(
      renderImportReview({ ...review, dates: { first: '2026-03-15', last: '2026-03-15' } }, 'USD')[0],
    ).toBe('Review: 8 rows, 2 channels, 3 ad campaigns, 2026-03-15 (1 row without a date)');
    expect(renderImportReview({ ...review, dates: null, firstRows: [] }, 'EUR')).toEqual([
      'Review: 8 rows, 2 channels, 3 ad campaigns, no dates',
      'Totals: spend €1,250.40 · impressions 48,200 · clicks 1,310 · conversions not reported (impressions blank in 2 rows: not reported, not zero)',
    ]);
  });

  it('writes large counts with separators, in the line of the first rows too', () => {
    expect(renderImportReview({ ...review, rows: 200_000, channels: 3, adCampaigns: 548 }, 'USD')).toEqual(
      expect.arrayContaining([
        'Review: 200,000 rows, 3 channels, 548 ad campaigns, 2026-03-15 to 2026-03-18 (1 row without a date)',
        'First 2 of 200,000 rows as they will be written (Campaign ID | Channel | Ad Campaign | Date | Impressions | Cost):',
      ]),
    );
  });

  it('shows text as text, never a formula, and blanks as blank', () => {
    expect(reviewValue('=HYPERLINK("x")', 'Ad Campaign', 'USD')).toBe('=HYPERLINK("x")');
    expect(reviewValue(null, 'Cost', 'USD')).toBe('blank');
    expect(reviewValue(0, 'Cost', 'JPY')).toBe('¥0');
  });
});
