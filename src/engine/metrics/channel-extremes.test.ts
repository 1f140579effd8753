import { makeRow } from '../testing/fixtures';
import { aggregateChannelMetrics } from './aggregate-channel-metrics';
import { channelExtremes } from './channel-extremes';

const { channels } = aggregateChannelMetrics(
  [
    // CPA: LinkedIn 600 / 10 = 60, Display 450 / 3 = 150, Search 300 / 4 = 75, TikTok no conversion
    makeRow('LinkedIn', { impressions: 10000, clicks: 200, conversions: 10, cost: 600 }),
    makeRow('Display', { impressions: 30000, clicks: 90, conversions: 3, cost: 450 }),
    makeRow('Search', { impressions: 2000, clicks: 100, conversions: 4, cost: 300 }),
    makeRow('TikTok', { impressions: 500, clicks: 5, cost: 20 }),
  ],
  'C1',
);

describe('channelExtremes', () => {
  it('finds the best and worst on a lower-is-better metric, skipping channels without a value', () => {
    const e = channelExtremes('cpa', channels, 'lower_is_better', 0);
    expect([e?.best.channel, e?.best.value.toString(), e?.worst.channel, e?.worst.value.toString()]).toEqual([
      'LinkedIn',
      '60',
      'Display',
      '150',
    ]);
  });

  it('finds them on a higher-is-better metric', () => {
    // CTR: LinkedIn 2 %, Display 0.3 %, Search 5 %, TikTok 1 %
    const e = channelExtremes('ctr', channels, 'higher_is_better', 0);
    expect([e?.best.channel, e?.worst.channel]).toEqual(['Search', 'Display']);
  });

  it('needs two channels with a value', () => {
    expect(channelExtremes('roas', channels, 'higher_is_better', 0)).toBeNull();
    expect(channelExtremes('cpa', channels.slice(0, 1), 'lower_is_better', 0)).toBeNull();
  });

  it('compares only channels with at least Min Clicks For Comparison clicks', () => {
    // With 100 clicks required, Display (90) and TikTok (5) drop out: CPA LinkedIn 60 vs Search 75.
    const e = channelExtremes('cpa', channels, 'lower_is_better', 100);
    expect([e?.best.channel, e?.worst.channel]).toEqual(['LinkedIn', 'Search']);
    // With 150 only LinkedIn (200) is left: nothing to compare.
    expect(channelExtremes('cpa', channels, 'lower_is_better', 150)).toBeNull();
  });
});
