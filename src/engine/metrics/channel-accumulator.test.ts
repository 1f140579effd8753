import { makeRow } from '../testing/fixtures';
import { ChannelAccumulator } from './channel-accumulator';

describe('ChannelAccumulator', () => {
  it('keeps the exact sums, the estimated rows and the latest date of one channel', () => {
    const acc = new ChannelAccumulator('Meta');
    acc.add(makeRow('Meta', { date: '2026-03-04', impressions: 100, clicks: 3, cost: 0.1, revenue: 1.5 }));
    acc.add(
      makeRow('meta', {
        date: '2026-03-02',
        impressions: 50,
        cost: 0.2,
        engagements: 7,
        source: 'estimated',
      }),
    );
    acc.add(makeRow('Meta', { impressions: 10, conversions: 0.5 }));
    const t = acc.totals();
    expect([t.channel, t.rows, t.estimatedRows, t.lastDate]).toEqual(['Meta', 3, 1, '2026-03-04']);
    expect(
      [
        t.impressions,
        t.clicks,
        t.conversions,
        t.cost,
        t.revenue,
        t.costWithRevenue,
        t.engagements,
        t.impressionsWithEngagements,
      ].map(String),
    ).toEqual(['160', '3', '0.5', '0.3', '1.5', '0.1', '7', '50']);
  });
});
