import fc from 'fast-check';
import { channelMetricSchema } from '../model/channel-metric';
import { channelMetric } from '../testing/sample-input';
import { plainChannelMetrics } from './plain-channel-metrics';

const anyValue = fc.oneof(
  fc.constantFrom(null, undefined, '', 'x', 'LinkedIn', '2026-03-02', '2026-3-2', 'measured', 'estimated'),
  fc.constantFrom(0, -0, 1, 2.5, -1, Number.NaN, Infinity, -Infinity, 1e300),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);

/** Mostly a valid value, now and then anything at all. */
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 9 }, { arbitrary: anyValue, weight: 1 });

/** Plain rows whose fields are each usually valid (about a third of the rows are valid throughout). */
const rowArb = fc
  .record({
    campaignId: mostly(fc.constantFrom('C1', '__proto__')),
    channel: mostly(fc.constant('LinkedIn')),
    adCampaign: mostly(fc.constantFrom(null, 'Brand - Exact')),
    date: mostly(fc.constantFrom(null, '2026-03-02', '9999-99-99')),
    impressions: mostly(fc.option(fc.nat(), { nil: null })),
    clicks: mostly(fc.option(fc.nat(), { nil: null })),
    conversions: mostly(fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null })),
    cost: mostly(fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null })),
    revenue: mostly(fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1e9, noNaN: true }))),
    engagements: mostly(fc.oneof(fc.constant(null), fc.nat())),
    source: mostly(fc.constantFrom('measured', 'estimated')),
  })
  .map((row) => ({ ...row }));

describe('plainChannelMetrics', () => {
  it('accepts a row exactly when the schema does, and the schema would return it unchanged', () => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(rowArb, (row) => {
        const parsed = channelMetricSchema.safeParse(row);
        const plain = plainChannelMetrics([row]);
        expect(plain !== null).toBe(parsed.success);
        if (plain !== null) expect(parsed.data).toEqual(row);
        seen[plain === null ? 'refused' : 'accepted'] += 1;
      }),
      { numRuns: 2000 },
    );
    // Both answers were exercised many times.
    expect(Math.min(seen.accepted, seen.refused)).toBeGreaterThan(200);
  });

  it('returns the very array it was given', () => {
    const rows = [channelMetric(), channelMetric({ channel: 'Meta', revenue: 10, source: 'estimated' })];
    expect(plainChannelMetrics(rows)).toBe(rows);
    expect(plainChannelMetrics([])).toEqual([]);
  });

  it.each([
    ['a table that is not an array', { 0: channelMetric() }],
    ['a hole in the array', Object.assign(new Array<unknown>(3), { 0: channelMetric(), 2: channelMetric() })],
    ['a row that is not an object', [channelMetric(), 42]],
    ['an extra key (the schema would drop it)', [{ ...channelMetric(), note: 'x' }]],
    ['a missing key', [(({ revenue: _r, ...rest }) => rest)(channelMetric())]],
    ['an own __proto__ key', [JSON.parse(`{"__proto__":1,${JSON.stringify(channelMetric()).slice(1)}`)]],
    ['a row of another class', [Object.assign(Object.create({ inherited: true }), channelMetric())]],
    ['a row without a prototype', [Object.assign(Object.create(null), channelMetric())]],
  ])('leaves %s to the schema', (_name, rows) => {
    expect(plainChannelMetrics(rows)).toBeNull();
  });
});
