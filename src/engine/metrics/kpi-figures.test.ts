import type { Kpi } from '../model/kpi';
import type { ChannelMetric } from '../model/channel-metric';
import { makeKpi, makeRow } from '../testing/fixtures';
import { aggregateChannelMetrics } from './aggregate-channel-metrics';
import { kpiFigures } from './kpi-figures';

const ETA = '2026-03-16';

function figures(kpis: Kpi[], rows: ChannelMetric[]) {
  const { totals, channels } = aggregateChannelMetrics(rows, 'C1');
  return kpiFigures({ kpis, campaignId: 'C1', totals, channels, defaultEta: ETA });
}

function one(kpi: Kpi, rows: ChannelMetric[]) {
  const [figure] = figures([kpi], rows);
  if (figure === undefined) throw new Error('no figure');
  const a = figure.actual;
  return {
    metric: figure.metric,
    target: `${figure.target.value.toString()} ${figure.target.unit}`,
    direction: figure.direction,
    actual:
      a.kind === 'value'
        ? `${a.value.toString()} ${a.unit}`
        : a.kind === 'pending'
          ? `pending ${a.eta}`
          : a.what,
    pct: figure.pctOfTarget?.toString() ?? null,
    label: figure.label,
  };
}

// 15,000 impressions, 450 clicks, 15 conversions, $1,200 cost, $3,000 revenue on $1,200 cost.
const ROWS = [
  makeRow('LinkedIn', { impressions: 10000, clicks: 300, conversions: 10, cost: 800, revenue: 2000 }),
  makeRow('Display', { impressions: 5000, clicks: 150, conversions: 5, cost: 400, revenue: 1000 }),
];

describe('kpiFigures', () => {
  it.each<[string, Kpi, ReturnType<typeof one>]>([
    [
      // 1200 / 15 = 80 against 80: 100 %
      'CPA from the rows',
      makeKpi('CPA', '$80'),
      {
        metric: 'cpa',
        target: '80 money',
        direction: 'lower_is_better',
        actual: '80 money',
        pct: '100',
        label: '[MEASURED]',
      },
    ],
    [
      // CTR 450 / 15000 × 100 = 3 against 3.5: 3 / 3.5 × 100 = 85.71…
      'CTR against a percent target',
      makeKpi('Click-through rate', '3.5%'),
      {
        metric: 'ctr',
        target: '3.5 percent',
        direction: 'higher_is_better',
        actual: '3 percent',
        pct: '85.71428571428571428571428571428571428571',
        label: '[MEASURED]',
      },
    ],
    [
      'a plain number for a percent metric is in percent',
      makeKpi('ctr', 3.5),
      {
        metric: 'ctr',
        target: '3.5 percent',
        direction: 'higher_is_better',
        actual: '3 percent',
        pct: '85.71428571428571428571428571428571428571',
        label: '[MEASURED]',
      },
    ],
    [
      // ROAS 3000 / 1200 = 2.5 against 250 % = 2.5x
      'ROAS against a percent target',
      makeKpi('ROAS', '250%'),
      {
        metric: 'roas',
        target: '2.5 multiplier',
        direction: 'higher_is_better',
        actual: '2.5 multiplier',
        pct: '100',
        label: '[MEASURED]',
      },
    ],
    [
      'an Actual cell overrides the rows, labelled as its source says',
      makeKpi('ctr', '3.5%', { actual: '2.8%', actualSource: 'estimated' }),
      {
        metric: 'ctr',
        target: '3.5 percent',
        direction: 'higher_is_better',
        actual: '2.8 percent',
        pct: '80',
        label: '[ESTIMATED]',
      },
    ],
    [
      // 1100 / 1000 × 100 = 110
      'a metric of its own with an Actual',
      makeKpi('Newsletter sign-ups', '1,000', { actual: 1100 }),
      {
        metric: 'Newsletter sign-ups',
        target: '1000 number',
        direction: 'higher_is_better',
        actual: '1100 number',
        pct: '110',
        label: '[MEASURED]',
      },
    ],
    [
      // lower is better when marked: 100 / 80 × 100 = 125
      'a marked maximum',
      makeKpi('Bounce rate', '≤ 50%', { actual: '40%' }),
      {
        metric: 'Bounce rate',
        target: '50 percent',
        direction: 'lower_is_better',
        actual: '40 percent',
        pct: '125',
        label: '[MEASURED]',
      },
    ],
    [
      'a metric of its own without an Actual is pending with its Data ETA',
      makeKpi('MQLs', 200, { dataEta: '2026-03-20' }),
      {
        metric: 'MQLs',
        target: '200 number',
        direction: 'higher_is_better',
        actual: 'pending 2026-03-20',
        pct: null,
        label: '[PENDING]',
      },
    ],
    [
      'an Actual that is not a figure is pending with the default ETA',
      makeKpi('MQLs', 200, { actual: 'n/a' }),
      {
        metric: 'MQLs',
        target: '200 number',
        direction: 'higher_is_better',
        actual: 'pending 2026-03-16',
        pct: null,
        label: '[PENDING]',
      },
    ],
    [
      // cost 1200 against a cap of 1000: 1000 / 1200 × 100 = 83.33…
      'cost against a cap',
      makeKpi('Spend', '$1,000'),
      {
        metric: 'cost',
        target: '1000 money',
        direction: 'lower_is_better',
        actual: '1200 money',
        pct: '83.33333333333333333333333333333333333333',
        label: '[MEASURED]',
      },
    ],
  ])('%s', (_name, kpi, expected) => {
    expect(one(kpi, ROWS)).toEqual(expected);
  });

  it('CPA with money spent and no conversion is unbounded at 0 %', () => {
    const rows = [makeRow('A', { impressions: 900, clicks: 40, cost: 1200 })];
    expect(one(makeKpi('cpa', '$80'), rows)).toEqual(
      expect.objectContaining({ actual: 'no_conversions', pct: '0', label: '[MEASURED]' }),
    );
    const estimated = [makeRow('A', { cost: 1200, source: 'estimated' })];
    expect(one(makeKpi('cpa', '$80'), estimated)).toEqual(
      expect.objectContaining({ pct: '0', label: '[ESTIMATED]' }),
    );
  });

  it('a cost of exactly 0 meets a cost cap', () => {
    const rows = [makeRow('A', { impressions: 10 })];
    expect(one(makeKpi('cost', '$500'), rows)).toEqual(
      expect.objectContaining({ actual: '0 money', pct: '100' }),
    );
  });

  it('is pending without any row', () => {
    expect(one(makeKpi('cpa', '$80'), [])).toEqual(
      expect.objectContaining({ actual: `pending ${ETA}`, pct: null }),
    );
  });

  it('labels a derived figure estimated when any row is estimated', () => {
    const rows = [...ROWS, makeRow('TikTok', { impressions: 1, source: 'estimated' })];
    expect(one(makeKpi('impressions', 10000), rows)).toEqual(
      expect.objectContaining({ actual: '15001 count', label: '[ESTIMATED]' }),
    );
  });

  it("keeps only the campaign's KPIs with a valid target, with their input indexes", () => {
    const kpis = [
      makeKpi('ctr', '3%', { campaignId: 'C2' }),
      makeKpi('cpa', 'soon'),
      makeKpi('cpa', 0),
      makeKpi('cpa', '$80', { type: 'primary' }),
    ];
    const result = figures(kpis, ROWS);
    expect(result.map((f) => [f.kpiIndex, f.isPrimary])).toEqual([[3, true]]);
  });
});
