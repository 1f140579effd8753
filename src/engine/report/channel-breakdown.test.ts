import { aggregateChannelMetrics } from '../metrics/aggregate-channel-metrics';
import { makeRow } from '../testing/fixtures';
import { channelBreakdown } from './channel-breakdown';

describe('channelBreakdown', () => {
  it('recomputes ratios from the sums and leaves missing ones null', () => {
    const { channels } = aggregateChannelMetrics(
      [
        makeRow('LinkedIn', { impressions: 8000, clicks: 240, conversions: 6, cost: 1200.5, revenue: 2400 }),
        makeRow('LinkedIn', { impressions: 4000, clicks: 120, conversions: 4, cost: 799.5, revenue: 1600 }),
        // a row without revenue does not count in ROAS's cost
        makeRow('LinkedIn', { impressions: 1000, clicks: 40, cost: 500 }),
        makeRow('Display', { cost: 20.005, source: 'estimated' }),
      ],
      'C1',
    );
    expect(channels.map((c) => channelBreakdown(c, 'USD'))).toEqual([
      {
        channel: 'LinkedIn',
        impressions: 13000,
        clicks: 400,
        conversions: 10,
        cost: 2500,
        revenue: 4000,
        // 400 / 13,000 × 100 = 3.077; 10 / 400 × 100 = 2.5; 2,500 / 10 = 250; 4,000 / 2,000 = 2
        ctr_pct: 3.1,
        conversion_rate_pct: 2.5,
        cpa: 250,
        roas: 2,
        label: '[MEASURED]',
        rows: 3,
        blank_rows: { impressions: 0, clicks: 0, conversions: 0, cost: 0 },
      },
      {
        channel: 'Display',
        impressions: 0,
        clicks: 0,
        conversions: 0,
        cost: 20.01,
        revenue: null,
        ctr_pct: null,
        conversion_rate_pct: null,
        cpa: null,
        roas: null,
        label: '[ESTIMATED]',
        rows: 1,
        blank_rows: { impressions: 0, clicks: 0, conversions: 0, cost: 0 },
      },
    ]);
  });

  it('shows what no row reports as 0 with every row blank, and each rate over the rows reporting both figures', () => {
    const { channels } = aggregateChannelMetrics(
      [
        makeRow('Display', { impressions: 9000, clicks: 30, conversions: null, cost: 60 }),
        makeRow('Display', { impressions: null, clicks: 10, conversions: null, cost: 25 }),
      ],
      'C1',
    );
    expect(channels.map((c) => channelBreakdown(c, 'USD'))).toEqual([
      expect.objectContaining({
        impressions: 9000,
        clicks: 40,
        conversions: 0,
        cost: 85,
        // 30 / 9,000: the row without impressions is left out of the CTR
        ctr_pct: 0.3,
        conversion_rate_pct: null,
        cpa: null,
        rows: 2,
        blank_rows: { impressions: 1, clicks: 0, conversions: 2, cost: 0 },
      }),
    ]);
  });
});
