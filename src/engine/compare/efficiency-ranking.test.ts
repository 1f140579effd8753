import { aggregateChannelMetrics } from '../metrics/aggregate-channel-metrics';
import type { ChannelMetric } from '../model/channel-metric';
import { ZERO } from '../money/decimal';
import { makeRow } from '../testing/fixtures';
import { rankEfficiency } from './efficiency-ranking';

const rank = (rows: ChannelMetric[]) => {
  const { channels, totals } = aggregateChannelMetrics(rows, 'C1');
  return rankEfficiency(channels, totals, 150);
};

describe('rankEfficiency: cost per result, never raw counts', () => {
  it('ranks the channel with fewer conversions first when each cost less', () => {
    // LINE: 484 conversions for ¥4,840,000 (CPA ¥10,000); Yahoo: 45 for ¥135,000 (CPA ¥3,000).
    // Campaign CPA: (4,840,000 + 135,000 + 60,000) / (484 + 45 + 10) = 5,035,000 / 539 = 9,341.4;
    // index Yahoo 9,341.4 / 3,000 = 3.11, LINE 9,341.4 / 10,000 = 0.93.
    const r = rank([
      makeRow('LINE Ads', { clicks: 9000, conversions: 484, cost: 4_840_000 }),
      makeRow('Yahoo! JAPAN Search', { clicks: 900, conversions: 45, cost: 135_000 }),
      makeRow('X Ads', { clicks: 149, conversions: 0, cost: 60_000 }),
      makeRow('Email', { clicks: 300, conversions: 10, cost: 0 }),
    ]);
    expect(r.basis).toBe('cpa');
    expect(
      r.entries.map((e) => [e.channel.channel, e.value?.toFixed(0) ?? null, e.index?.toFixed(2) ?? null]),
    ).toEqual([
      ['Yahoo! JAPAN Search', '3000', '3.11'],
      ['LINE Ads', '10000', '0.93'],
      // Spent without a conversion: after every channel that converted.
      ['X Ads', null, '0.00'],
      // Nothing spent: no cost per result to judge.
      ['Email', '0', null],
    ]);
    expect(r.entries.map((e) => e.enoughData)).toEqual([true, true, false, true]);
    // Spend shares: 135,000 / 5,035,000 = 2.7 %.
    expect(r.entries[0]?.spendSharePct?.toFixed(1)).toBe('2.7');
  });

  it('ranks by ROAS when the campaign reports revenue, and averages 1 weighted by spend', () => {
    const r = rank([
      makeRow('Search', { clicks: 500, conversions: 20, cost: 1000, revenue: 4000 }),
      makeRow('Display', { clicks: 500, conversions: 20, cost: 3000, revenue: 3000 }),
    ]);
    expect(r.basis).toBe('roas');
    // Campaign ROAS 7,000 / 4,000 = 1.75; Search 4 / 1.75 = 2.29, Display 1 / 1.75 = 0.57.
    expect(r.entries.map((e) => [e.channel.channel, e.index?.toFixed(2)])).toEqual([
      ['Search', '2.29'],
      ['Display', '0.57'],
    ]);
    const weighted = r.entries.reduce((sum, e) => sum.plus((e.index ?? ZERO).times(e.channel.cost)), ZERO);
    expect(weighted.div(4000).toFixed(10)).toBe('1.0000000000');
  });
});
