import type { Actual, DerivedMetric, MetricTotals } from '../analysis/campaign-analysis';
import { makeRow } from '../testing/fixtures';
import { aggregateChannelMetrics } from './aggregate-channel-metrics';
import { derivedActual } from './derived-actual';

const ETA = '2026-03-20';
type Shown = { kind: Actual['kind']; value?: string; unit?: string; estimated?: boolean; what?: string };

function show(a: Actual): Shown {
  if (a.kind === 'value')
    return { kind: a.kind, value: a.value.toString(), unit: a.unit, estimated: a.estimated };
  if (a.kind === 'unbounded') return { kind: a.kind, what: a.what, value: a.spent.toString() };
  return { kind: a.kind };
}

function totalsOf(...rows: Array<Parameters<typeof makeRow>[1]>): MetricTotals {
  return aggregateChannelMetrics(
    rows.map((r) => makeRow('X', r)),
    'C1',
  ).totals;
}

describe('derivedActual', () => {
  const t = totalsOf(
    { impressions: 10000, clicks: 300, conversions: 12, cost: 960, revenue: 2400 },
    { impressions: 5000, clicks: 150, conversions: 3, cost: 240, engagements: 200 },
  );

  it.each<[DerivedMetric, Shown]>([
    ['impressions', { kind: 'value', value: '15000', unit: 'count', estimated: false }],
    ['cost', { kind: 'value', value: '1200', unit: 'money', estimated: false }],
    ['revenue', { kind: 'value', value: '2400', unit: 'money', estimated: false }],
    // 450 / 15000 × 100 = 3
    ['ctr', { kind: 'value', value: '3', unit: 'percent', estimated: false }],
    // 15 / 450 × 100 = 3.33…
    [
      'conversion_rate',
      {
        kind: 'value',
        value: '3.333333333333333333333333333333333333333',
        unit: 'percent',
        estimated: false,
      },
    ],
    // 1200 / 15 = 80
    ['cpa', { kind: 'value', value: '80', unit: 'money', estimated: false }],
    // 1200 / 450 = 2.66…
    [
      'cpc',
      { kind: 'value', value: '2.666666666666666666666666666666666666667', unit: 'money', estimated: false },
    ],
    // 1200 / 15000 × 1000 = 80
    ['cpm', { kind: 'value', value: '80', unit: 'money', estimated: false }],
    // revenue over the cost of the rows with revenue: 2400 / 960 = 2.5
    ['roas', { kind: 'value', value: '2.5', unit: 'multiplier', estimated: false }],
    // engagements over the impressions of the rows with engagements: 200 / 5000 × 100 = 4
    ['engagement_rate', { kind: 'value', value: '4', unit: 'percent', estimated: false }],
  ])('%s', (metric, expected) => {
    expect(show(derivedActual(metric, t, ETA))).toEqual(expected);
  });

  it.each<[string, MetricTotals, DerivedMetric, Shown]>([
    ['no rows at all', totalsOf(), 'cost', { kind: 'pending' }],
    ['no rows at all', totalsOf(), 'cpa', { kind: 'pending' }],
    [
      'spent, no conversions',
      totalsOf({ cost: 1200, clicks: 40, impressions: 900 }),
      'cpa',
      { kind: 'unbounded', what: 'no_conversions', value: '1200' },
    ],
    [
      'spent, no clicks',
      totalsOf({ cost: 10, impressions: 900 }),
      'cpc',
      { kind: 'unbounded', what: 'no_clicks', value: '10' },
    ],
    [
      'spent, no impressions',
      totalsOf({ cost: 10 }),
      'cpm',
      { kind: 'unbounded', what: 'no_impressions', value: '10' },
    ],
    ['nothing spent, no conversions', totalsOf({ clicks: 5 }), 'cpa', { kind: 'pending' }],
    [
      'conversions for free',
      totalsOf({ conversions: 2 }),
      'cpa',
      { kind: 'value', value: '0', unit: 'money', estimated: false },
    ],
    [
      'rows, nothing spent',
      totalsOf({ impressions: 3 }),
      'cost',
      { kind: 'value', value: '0', unit: 'money', estimated: false },
    ],
    ['no impressions', totalsOf({ cost: 3 }), 'ctr', { kind: 'pending' }],
    ['no clicks', totalsOf({ impressions: 3 }), 'conversion_rate', { kind: 'pending' }],
    ['no Revenue column values', totalsOf({ cost: 3 }), 'roas', { kind: 'pending' }],
    ['revenue without cost', totalsOf({ revenue: 30 }), 'roas', { kind: 'pending' }],
    ['no Engagements values', totalsOf({ impressions: 3 }), 'engagement_rate', { kind: 'pending' }],
    ['no Revenue values', totalsOf({ cost: 3 }), 'revenue', { kind: 'pending' }],
    [
      'an estimated row',
      totalsOf({ clicks: 1, impressions: 4, source: 'estimated' }, { impressions: 6 }),
      'ctr',
      { kind: 'value', value: '10', unit: 'percent', estimated: true },
    ],
  ])('%s: %s', (_name, totals, metric, expected) => {
    expect(show(derivedActual(metric, totals, ETA))).toEqual(expected);
  });

  it('gives the ETA when pending', () => {
    expect(derivedActual('ctr', totalsOf(), ETA)).toEqual({ kind: 'pending', eta: ETA });
  });

  describe('with blank figures (not reported: missing, not zero)', () => {
    const blank = { impressions: null, clicks: null, conversions: null, cost: null };
    it.each<[string, MetricTotals, DerivedMetric, Shown]>([
      [
        'a figure no row reports is pending, not 0',
        totalsOf({ clicks: 40, conversions: null, cost: 100 }, { clicks: 10, conversions: null, cost: 20 }),
        'conversions',
        { kind: 'pending' },
      ],
      [
        'a sum counts the rows that report it',
        totalsOf({ conversions: 3 }, { ...blank }),
        'conversions',
        { kind: 'value', value: '3', unit: 'count', estimated: false },
      ],
      [
        'CPA with every conversion blank is pending, never "no conversions"',
        totalsOf({ cost: 500, conversions: null }),
        'cpa',
        { kind: 'pending' },
      ],
      [
        // 80 / (2 + 0): the row without conversions spent 900, which is not part of this CPA
        'CPA over the rows reporting cost and conversions',
        totalsOf(
          { cost: 80, conversions: 2 },
          { cost: 900, conversions: null },
          { cost: null, conversions: 5 },
        ),
        'cpa',
        { kind: 'value', value: '40', unit: 'money', estimated: false },
      ],
      [
        'no conversions where reported: unbounded on the spend of those rows only',
        totalsOf({ cost: 80, conversions: 0 }, { cost: 900, conversions: null }),
        'cpa',
        { kind: 'unbounded', what: 'no_conversions', value: '80' },
      ],
      [
        // 30 / 1,000: the row without impressions is left out
        'CTR over the rows reporting clicks and impressions',
        totalsOf({ clicks: 30, impressions: 1000 }, { clicks: 50, impressions: null }),
        'ctr',
        { kind: 'value', value: '3', unit: 'percent', estimated: false },
      ],
      [
        'ROAS over the rows reporting revenue and cost',
        totalsOf({ revenue: 100, cost: 50 }, { revenue: 900, cost: null }),
        'roas',
        { kind: 'value', value: '2', unit: 'multiplier', estimated: false },
      ],
    ])('%s', (_name, totals, metric, expected) => {
      expect(show(derivedActual(metric, totals, ETA))).toEqual(expected);
    });
  });
});
