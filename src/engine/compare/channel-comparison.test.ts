import { makeRow } from '../testing/fixtures';
import { SeededRandom } from '../testing/seeded-random';
import { aggregateChannelMetrics } from '../metrics/aggregate-channel-metrics';
import type { ChannelMetric } from '../model/channel-metric';
import { compareChannels } from './channel-comparison';

const channelsOf = (rows: ChannelMetric[]) => aggregateChannelMetrics(rows, 'C1').channels;

describe('compareChannels', () => {
  it('tests every pair, adjusts over the whole family and sets the best against the worst', () => {
    const c = compareChannels(
      channelsOf([
        makeRow('Search', { impressions: 12000, clicks: 600, conversions: 30, cost: 900 }),
        makeRow('Display', { impressions: 30000, clicks: 300, conversions: 6, cost: 540.555 }),
        makeRow('Social', { impressions: 20000, clicks: 400, conversions: 12, cost: 800 }),
        makeRow('Email', { impressions: 1000, clicks: 50, conversions: 4, cost: 0 }),
      ]),
      100,
    );
    // Three eligible channels, three pairs per figure.
    expect(c.family).toBe(9);
    expect(c.eligible.map((x) => x.channel)).toEqual(['Search', 'Display', 'Social']);
    expect(c.tooLittle.map((x) => x.channel)).toEqual(['Email']);
    // Alone, Search against Display is significant on all three (p 0.0000, 0.038, 0.014); with nine
    // tests, Holm multiplies the second-smallest p-values by up to 8, so only CTR stays significant.
    expect(c.comparisons.map((x) => [x.metric, x.better.channel, x.worse.channel, x.significant])).toEqual([
      ['ctr', 'Search', 'Display', true],
      ['conversion_rate', 'Search', 'Display', false],
      ['cpa', 'Search', 'Display', false],
    ]);
    for (const x of c.comparisons) {
      expect(x.pAdjusted).toBeGreaterThanOrEqual(x.p);
      expect(x.low).toBeLessThan(x.ratio);
      expect(x.high).toBeGreaterThan(x.ratio);
      if (x.significant) expect(x.moreClicksNeeded).toBe(0);
      else expect(x.moreClicksNeeded).toBeGreaterThan(0);
    }
  });

  it('says how many more clicks a difference needs when it is not clear yet', () => {
    // CTR 2.2 % vs 2.0 % on 500 and 450 clicks: far from significant.
    const c = compareChannels(
      channelsOf([
        makeRow('A', { impressions: 22727, clicks: 500 }),
        makeRow('B', { impressions: 22500, clicks: 450 }),
      ]),
      100,
    );
    const [ctr] = c.comparisons;
    expect(ctr?.significant).toBe(false);
    expect(ctr?.moreClicksNeeded).toBeGreaterThan(0);
  });

  it('says no difference is seen at all between equal rates', () => {
    const c = compareChannels(
      channelsOf([
        makeRow('A', { impressions: 10000, clicks: 200 }),
        makeRow('B', { impressions: 5000, clicks: 100 }),
      ]),
      100,
    );
    expect(c.comparisons[0]).toMatchObject({ significant: false, moreClicksNeeded: null, ratio: 1 });
  });

  it('compares each rate over the rows that report both of its figures, never a blank as zero', () => {
    // B reports no conversions on its second row: its conversion rate and CPA count the first row
    // only (6 conversions for $500 on 300 clicks), not 6 over all 600 clicks and $1,000.
    const rows = [
      makeRow('A', { impressions: 10000, clicks: 600, conversions: 30, cost: 900 }),
      makeRow('B', { impressions: 30000, clicks: 300, conversions: 6, cost: 500 }),
      makeRow('B', { impressions: 30000, clicks: 300, conversions: null, cost: 500 }),
    ];
    const c = compareChannels(channelsOf(rows), 100);
    const cpa = c.comparisons.find((x) => x.metric === 'cpa');
    // Conversions per dollar: A 30 / 900, B 6 / 500 → 2.78×.
    expect(cpa?.ratio).toBeCloseTo(30 / 900 / (6 / 500), 10);
    const rate = c.comparisons.find((x) => x.metric === 'conversion_rate');
    expect(rate?.ratio).toBeCloseTo(30 / 600 / (6 / 300), 10);
  });

  it('leaves out of the CPA comparison a channel that reports no conversions', () => {
    const rows = [
      makeRow('A', { impressions: 10000, clicks: 600, conversions: 30, cost: 900 }),
      makeRow('B', { impressions: 30000, clicks: 300, conversions: null, cost: 500 }),
    ];
    expect(compareChannels(channelsOf(rows), 100).comparisons.map((x) => x.metric)).toEqual(['ctr']);
  });

  it('calls identical channels different in at most 5% of simulated campaigns (seeded)', () => {
    const rng = new SeededRandom(4242);
    const runs = 1000;
    let claimed = 0;
    for (let i = 0; i < runs; i += 1) {
      const rows = ['A', 'B', 'C', 'D'].map((channel) => {
        const impressions = 20000;
        const clicks = rng.binomial(impressions, 0.02);
        return makeRow(channel, {
          impressions,
          clicks,
          conversions: rng.binomial(clicks, 0.05),
          cost: clicks * 1.5,
        });
      });
      if (compareChannels(channelsOf(rows), 100).comparisons.some((x) => x.significant)) claimed += 1;
    }
    // Holm keeps the chance of any false claim across all 18 tests at or below 5 %; allow for noise.
    expect(claimed / runs).toBeLessThan(0.065);
  });
});
