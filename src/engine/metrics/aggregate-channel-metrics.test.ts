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

  it('counts blank figures as missing: sums of what was reported, blanks counted, ratios over rows reporting both', () => {
    const { totals: t, channels: cs } = aggregateChannelMetrics(
      [
        makeRow('Search', { impressions: 1000, clicks: 50, conversions: 5, cost: 100 }),
        makeRow('Display', { impressions: 9000, clicks: 30, conversions: null, cost: 60 }),
        makeRow('Display', { impressions: null, clicks: 10, conversions: 1, cost: null }),
      ],
      'C1',
    );
    expect([t.impressions, t.clicks, t.conversions, t.cost].map(String)).toEqual(['10000', '90', '6', '160']);
    expect(t.blanks).toEqual({ impressions: 1, clicks: 0, conversions: 1, cost: 1 });
    // CTR: clicks over impressions of the two rows reporting both (80 / 10,000), not 90 / 10,000.
    expect([t.bases.ctr.numerator, t.bases.ctr.denominator, t.bases.ctr.rows].map(String)).toEqual([
      '80',
      '10000',
      '2',
    ]);
    // CPA: only Search reports both cost and conversions.
    expect([t.bases.cpa.numerator, t.bases.cpa.denominator, t.bases.cpa.rows].map(String)).toEqual([
      '100',
      '5',
      '1',
    ]);
    expect(cs[1]?.blanks).toEqual({ impressions: 1, clicks: 0, conversions: 1, cost: 1 });
    expect(cs[1]?.bases.cpa.rows).toBe(0);
  });

  it("keeps each channel's ad campaigns, in order of first appearance, with their rows", () => {
    const rs = [
      makeRow('Search', { adCampaign: 'Brand', clicks: 10, cost: 5 }),
      makeRow('Search', { adCampaign: 'Generic', clicks: 20, cost: 30 }),
      makeRow('search', { adCampaign: 'brand ', clicks: 12, cost: 6 }),
      makeRow('Display', { clicks: 3, cost: 1 }),
    ];
    const { channels } = aggregateChannelMetrics(rs, 'C1');
    const search = channels[0];
    expect(search?.adCampaigns.map((a) => [a.adCampaign, String(a.clicks), String(a.cost), a.rows])).toEqual([
      ['Brand', '22', '11', 2],
      ['Generic', '20', '30', 1],
    ]);
    expect(search?.adCampaigns[0]?.metricRows).toEqual([rs[0], rs[2]]);
    expect(search?.adCampaigns[0]?.channel).toBe('Search');
    expect(channels[1]?.adCampaigns.map((a) => a.adCampaign)).toEqual([null]);
  });

  // Cells hold at most 15 significant digits; between 1e-6 and 1e15 the 40 digits of Dec keep every
  // sum exact, so the grouping of the additions cannot matter.
  const cellDouble = (max: number) =>
    fc.double({ min: 0, max, noNaN: true }).filter((v) => v === 0 || v >= 1e-6);
  const money = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);
  const blankOr = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 4 });
  const arbRow = fc.record({
    channel: fc.constantFrom('A', 'B', 'C'),
    adCampaign: fc.constantFrom(null, 'x', 'y'),
    impressions: blankOr(fc.integer({ min: 0, max: 1_000_000 })),
    clicks: blankOr(fc.integer({ min: 0, max: 10_000 })),
    conversions: blankOr(fc.oneof(fc.integer({ min: 0, max: 100 }), cellDouble(100))),
    cost: blankOr(fc.oneof(money, cellDouble(1e6))),
    revenue: fc.option(money),
  });

  type Figure = 'impressions' | 'clicks' | 'conversions' | 'cost' | 'revenue';
  const sumOf = (rs: readonly ChannelMetric[], f: Figure, both: Figure = f) =>
    rs.reduce((s, r) => (r[f] === null || r[both] === null ? s : s.plus(r[f] ?? 0)), new Dec(0)).toString();

  it('sums the reported values exactly in any order and any split into channels and ad campaigns; blanks never become zeros', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 60 }), fc.integer(), (raw, seed) => {
        const rs = raw.map((r) => makeRow(r.channel, r));
        const shuffled = [...rs].sort(
          (a, b) => ((rs.indexOf(a) * 7919 + seed) % 97) - ((rs.indexOf(b) * 7919 + seed) % 97),
        );
        const one = aggregateChannelMetrics(rs, 'C1');
        const other = aggregateChannelMetrics(
          shuffled.map((r) => ({ ...r, channel: 'all', adCampaign: null })),
          'C1',
        );
        for (const result of [one, other]) {
          const t = result.totals;
          expect(t.cost.toString()).toBe(sumOf(rs, 'cost'));
          expect(t.conversions.toString()).toBe(sumOf(rs, 'conversions'));
          expect((t.revenue ?? new Dec(0)).toString()).toBe(sumOf(rs, 'revenue'));
          expect(t.blanks.conversions).toBe(rs.filter((r) => r.conversions === null).length);
          expect(t.bases.cpa.numerator.toString()).toBe(sumOf(rs, 'cost', 'conversions'));
          expect(t.bases.cpa.denominator.toString()).toBe(sumOf(rs, 'conversions', 'cost'));
          expect(t.bases.ctr.rows).toBe(rs.filter((r) => r.clicks !== null && r.impressions !== null).length);
        }
        const channelSum = one.channels.reduce((s, c) => s.plus(c.cost), new Dec(0));
        expect(channelSum.toString()).toBe(sumOf(rs, 'cost'));
        for (const c of one.channels) {
          const adSum = c.adCampaigns.reduce((s, a) => s.plus(a.cost), new Dec(0));
          expect(adSum.toString()).toBe(c.cost.toString());
          expect(c.adCampaigns.reduce((n, a) => n + a.metricRows.length, 0)).toBe(c.rows);
        }
      }),
    );
  });
});
