import { aggregateChannelMetrics } from '../metrics/aggregate-channel-metrics';
import type { ChannelMetric } from '../model/channel-metric';
import { makeRow } from '../testing/fixtures';
import { compareAdCampaigns } from './ad-campaign-comparison';

const channelsOf = (rows: ChannelMetric[]) => aggregateChannelMetrics(rows, 'C1').channels;
const ad = (channel: string, adCampaign: string | null, f: Partial<ChannelMetric>) =>
  makeRow(channel, { adCampaign, ...f });

describe('compareAdCampaigns', () => {
  it('compares the ad campaigns of each channel as channels are compared, Holm within the channel', () => {
    const [search] = compareAdCampaigns(
      channelsOf([
        ad('Search', 'Brand', { impressions: 10000, clicks: 800, conversions: 60, cost: 600 }),
        ad('Search', 'Generic', { impressions: 20000, clicks: 400, conversions: 10, cost: 800 }),
        ad('Search', ' brand', { impressions: 1000, clicks: 80, conversions: 6, cost: 60 }),
        ad('Search', null, { impressions: 5000, clicks: 500, conversions: 1, cost: 999 }),
        ad('Display', 'Only one', { impressions: 50000, clicks: 500, conversions: 5, cost: 500 }),
      ]),
      100,
    );
    expect(search?.channel).toBe('Search');
    // Brand (told apart ignoring case and spaces: 880 clicks of 11,000 impressions, 8 %) against
    // Generic (400 of 20,000, 2 %): 4× the CTR. The row without an Ad Campaign takes no part.
    const c = search?.comparison;
    expect(c?.eligible.map((x) => x.channel)).toEqual(['Brand', 'Generic']);
    expect(c?.family).toBe(3);
    const ctr = c?.comparisons.find((x) => x.metric === 'ctr');
    expect([ctr?.better.channel, ctr?.worse.channel, ctr?.ratio, ctr?.significant]).toEqual([
      'Brand',
      'Generic',
      4,
      true,
    ]);
    expect(ctr?.low).toBeLessThan(4);
    expect(ctr?.high).toBeGreaterThan(4);
  });

  it('leaves out a channel with one named ad campaign', () => {
    expect(
      compareAdCampaigns(
        channelsOf([
          ad('Search', 'Brand', { impressions: 10000, clicks: 800, conversions: 60, cost: 600 }),
          ad('Search', null, { impressions: 10000, clicks: 800, conversions: 60, cost: 600 }),
        ]),
        100,
      ),
    ).toEqual([]);
  });

  it('keeps a channel whose ad campaigns are under the minimum clicks, naming them as too little data', () => {
    const result = compareAdCampaigns(
      channelsOf([
        // Display: one ad campaign with the minimum, one a click short: nothing compared, B named.
        ad('Display', 'A', { impressions: 10000, clicks: 800, conversions: 60, cost: 600 }),
        ad('Display', 'B', { impressions: 10000, clicks: 99, conversions: 6, cost: 60 }),
        // Search: Brand and Generic compared, Long tail (spent, no click) named beside them.
        ad('Search', 'Brand', { impressions: 10000, clicks: 800, conversions: 60, cost: 600 }),
        ad('Search', 'Generic', { impressions: 20000, clicks: 400, conversions: 10, cost: 800 }),
        ad('Search', 'Long tail', { impressions: 300, clicks: 0, cost: 5 }),
      ]),
      100,
    );
    expect(
      result.map(({ channel, comparison: c }) => [
        channel,
        c.comparisons.length,
        c.tooLittle.map((t) => [t.channel, t.clicks.toNumber()]),
      ]),
    ).toEqual([
      ['Display', 0, [['B', 99]]],
      ['Search', 3, [['Long tail', 0]]],
    ]);
  });

  it('makes no claim between ad campaigns that perform alike', () => {
    const [search] = compareAdCampaigns(
      channelsOf([
        ad('Search', 'A', { impressions: 10000, clicks: 500, conversions: 25, cost: 500 }),
        ad('Search', 'B', { impressions: 10000, clicks: 510, conversions: 25, cost: 505 }),
      ]),
      100,
    );
    expect(search?.comparison.comparisons.some((x) => x.significant)).toBe(false);
  });
});
