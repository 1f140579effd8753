/**
 * The three exports the issue names, imported into the tests' good workbook (campaign C-1, USD,
 * 1–30 Nov 2026, two ChannelMetrics rows already: LinkedIn 10,000 impressions / 150 clicks / 12
 * conversions / $1,500 and Google Ads 20,000 / 300 / 30 / $1,200), then tracked: the CMO feedback's
 * figures, summed by hand from what the export reported (blank figures add nothing, and each rate
 * counts the rows that report both of its figures).
 */
export interface TrackedFixture {
  readonly fixture: string;
  readonly delimiter: string;
  /** Rows the import writes: one per channel, ad campaign and day. */
  readonly rows: number;
  readonly metrics: Readonly<
    Record<'impressions' | 'clicks' | 'conversions' | 'cost' | 'ctr' | 'conversion_rate' | 'cpa', number>
  >;
  readonly gaps: ReadonlyArray<{ channel: string; figure: string; blank_rows: number; rows: number }>;
}

export const TRACKED_FIXTURES: readonly TrackedFixture[] = [
  {
    // Search Brand and Generic, Display Remarketing with `--` conversions, two days; three total rows.
    // 30,000 + 107,448 impressions; 450 + 791 clicks; 42 + 18.5 conversions; 2,700 + 1,380.17 cost.
    // CTR 1,241 / 137,448 = 0.90 %; conversion rate 60.5 / (450 + 460, the clicks of rows reporting
    // conversions) = 6.65 %; CPA (2,700 + 1,181.60) / 60.5 = 64.16: Display's $198.57 is in no rate.
    fixture: 'google-ads-display-blank.csv',
    delimiter: ',',
    rows: 6,
    metrics: {
      impressions: 137448,
      clicks: 1241,
      conversions: 60.5,
      cost: 4080.17,
      ctr: 0.9,
      conversion_rate: 6.6,
      cpa: 64.16,
    },
    gaps: [{ channel: 'Google Ads – Display', figure: 'conversions', blank_rows: 2, rows: 2 }],
  },
  {
    // Prospecting and Retargeting, three days by Day (not the 1–30 Nov reporting range); the
    // summary row (no name) is dropped. 45,870 impressions, 1,004 clicks, 21 purchases, $412.25.
    fixture: 'meta-ads-day-range.csv',
    delimiter: ',',
    rows: 6,
    metrics: {
      impressions: 75870,
      clicks: 1454,
      conversions: 63,
      cost: 3112.25,
      ctr: 1.9,
      conversion_rate: 4.3,
      cpa: 49.4,
    },
    gaps: [],
  },
  {
    // Three LinkedIn campaigns a day (two Sponsored Content, one Text Ad), two days, month-first
    // dates (11/16/2026). 38,400 impressions, 170 clicks, 10 conversions, $486.60.
    fixture: 'linkedin-several-campaigns.utf16le.tsv',
    delimiter: '\t',
    rows: 6,
    metrics: {
      impressions: 68400,
      clicks: 620,
      conversions: 52,
      cost: 3186.6,
      ctr: 0.9,
      conversion_rate: 8.4,
      cpa: 61.28,
    },
    gaps: [],
  },
];
