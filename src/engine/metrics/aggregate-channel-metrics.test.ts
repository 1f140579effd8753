import fc from 'fast-check';
import type { ChannelMetric } from '../model/channel-metric';
import { Dec } from '../money/decimal';
import { makeRow } from '../testing/fixtures';
import { aggregateChannelMetrics } from './aggregate-channel-metrics';

const show = (d: Dec | null) => (d === null ? null : d.toString());

describe('aggregateChannelMetrics', () => {
  const rows: ChannelMetric[] = [
    makeRow('LinkedIn', {
      date: '2026-03-02',
      impressions: 1000,
      clicks: 30,
      conversions: 1.5,
      cost: 100.1,
      revenue: 300,
    }),
    makeRow('Google Ads – Search', {
      date: '2026-03-04',
      impressions: 2000,
      clicks: 50,
      conversions: 2,
      cost: 50.2,
    }),
    makeRow('linkedin ', {
      date: '2026-03-03',
      impressions: 500,
      clicks: 10,
      conversions: 0.25,
      cost: 0.2,
      engagements: 40,
      source: 'estimated',
    }),
    makeRow('Other', { campaignId: 'C2', impressions: 9, clicks: 9, conversions: 9, cost: 9, revenue: 9 }),
  ];
  const { totals, channels } = aggregateChannelMetrics(rows, 'C1');

  it('sums each channel exactly, channels told apart ignoring case and spaces', () => {
    expect(channels.map((c) => c.channel)).toEqual(['LinkedIn', 'Google Ads – Search']);
    const linkedIn = channels[0];
    expect(linkedIn?.rows).toBe(2);
    expect(linkedIn?.estimatedRows).toBe(1);
    expect(show(linkedIn?.impressions ?? null)).toBe('1500');
    expect(show(linkedIn?.conversions ?? null)).toBe('1.75');
    // 100.1 + 0.2 = 100.3 exactly (binary floating point gives 100.29999999999998)
    expect(show(linkedIn?.cost ?? null)).toBe('100.3');
    expect(show(linkedIn?.revenue ?? null)).toBe('300');
    expect(show(linkedIn?.costWithRevenue ?? null)).toBe('100.1');
    expect(show(linkedIn?.engagements ?? null)).toBe('40');
    expect(show(linkedIn?.impressionsWithEngagements ?? null)).toBe('500');
    expect(linkedIn?.lastDate).toBe('2026-03-03');
  });

  it('keeps blank Revenue and Engagements missing, not zero', () => {
    expect(channels[1]?.revenue).toBeNull();
    expect(channels[1]?.engagements).toBeNull();
    expect(show(channels[1]?.costWithRevenue ?? null)).toBe('0');
  });

  it('totals the campaign only', () => {
    expect(totals).toEqual(expect.objectContaining({ rows: 3, estimatedRows: 1, lastDate: '2026-03-04' }));
    expect(show(totals.impressions)).toBe('3500');
    expect(show(totals.clicks)).toBe('90');
    expect(show(totals.conversions)).toBe('3.75');
    // 100.1 + 50.2 + 0.2 = 150.5
    expect(show(totals.cost)).toBe('150.5');
    expect(show(totals.revenue)).toBe('300');
    expect(show(totals.costWithRevenue)).toBe('100.1');
    expect(show(totals.engagements)).toBe('40');
  });

  it('has empty totals without rows', () => {
    const empty = aggregateChannelMetrics([], 'C1');
    expect(empty.channels).toEqual([]);
    expect(empty.totals).toEqual(
      expect.objectContaining({ rows: 0, revenue: null, engagements: null, lastDate: null }),
    );
    expect(show(empty.totals.cost)).toBe('0');
  });

  // Cells hold at most 15 significant digits; between 1e-6 and 1e15 the 40 digits of Dec keep every
  // sum exact, so the grouping of the additions cannot matter.
  const cellDouble = (max: number) =>
    fc.double({ min: 0, max, noNaN: true }).filter((v) => v === 0 || v >= 1e-6);
  const money = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);
  const arbRow = fc.record({
    channel: fc.constantFrom('A', 'B', 'C'),
    impressions: fc.integer({ min: 0, max: 1_000_000 }),
    clicks: fc.integer({ min: 0, max: 10_000 }),
    conversions: fc.oneof(fc.integer({ min: 0, max: 100 }), cellDouble(100)),
    cost: fc.oneof(money, cellDouble(1e6)),
    revenue: fc.option(money),
  });

  const reference = (rs: ReadonlyArray<{ cost: number; conversions: number; revenue: number | null }>) => ({
    cost: rs.reduce((s, r) => s.plus(r.cost), new Dec(0)).toString(),
    conversions: rs.reduce((s, r) => s.plus(r.conversions), new Dec(0)).toString(),
    revenue: rs.reduce((s, r) => (r.revenue === null ? s : s.plus(r.revenue)), new Dec(0)).toString(),
  });

  it('sums to the exact decimal sum in any order and any split into channels', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 60 }), fc.integer(), (raw, seed) => {
        const rs = raw.map((r) => makeRow(r.channel, r));
        const shuffled = [...rs].sort(
          (a, b) => ((rs.indexOf(a) * 7919 + seed) % 97) - ((rs.indexOf(b) * 7919 + seed) % 97),
        );
        const one = aggregateChannelMetrics(rs, 'C1');
        const other = aggregateChannelMetrics(
          shuffled.map((r) => ({ ...r, channel: 'all' })),
          'C1',
        );
        const ref = reference(rs);
        for (const result of [one, other]) {
          expect(result.totals.cost.toString()).toBe(ref.cost);
          expect(result.totals.conversions.toString()).toBe(ref.conversions);
          expect((result.totals.revenue ?? new Dec(0)).toString()).toBe(ref.revenue);
        }
        const channelSum = one.channels.reduce((s, c) => s.plus(c.cost), new Dec(0));
        expect(channelSum.toString()).toBe(ref.cost);
      }),
    );
  });
});
