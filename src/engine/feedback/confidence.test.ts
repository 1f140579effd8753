import { analysis, kpi, row, type AnalysisFixture } from '../testing/analysis-fixture';
import { confidenceInData } from './confidence';

const measured = kpi({ metric: 'clicks', target: 100, actual: 50 });
const estimated = kpi({ metric: 'clicks', target: 100, actual: 50, estimated: true });
const pending = kpi({ metric: 'clicks', target: 100 });
const dated = (date: string | null, over = {}) => [row('A', { date, cost: 10, ...over })];

function score(f: AnalysisFixture): number {
  const a = analysis(f);
  return confidenceInData(a).score;
}

// round(100 × (0.5·K + 0.3·M + 0.2·F)); as_of is 2026-11-16 (UTC), the campaign's last day 2026-11-30.
describe('confidence in data', () => {
  it.each<[string, AnalysisFixture, number]>([
    ['nothing at all: K = M = F = 0', {}, 0],
    [
      'measured KPI, measured rows, data from yesterday: 50 + 30 + 20',
      { kpis: [measured], rows: dated('2026-11-15') },
      100,
    ],
    ['data dated as_of itself is fresh', { kpis: [measured], rows: dated('2026-11-16') }, 100],
    ['data dated after as_of is fresh', { kpis: [measured], rows: dated('2026-11-20') }, 100],
    ['2 days old: F = 5/6 → 50 + 30 + 16.67 = 96.67', { kpis: [measured], rows: dated('2026-11-14') }, 97],
    ['6 days old: F = 1/6 → 50 + 30 + 3.33 = 83.33', { kpis: [measured], rows: dated('2026-11-10') }, 83],
    ['7 days old: F = 0 → 80', { kpis: [measured], rows: dated('2026-11-09') }, 80],
    ['30 days old: F stays 0 → 80', { kpis: [measured], rows: dated('2026-10-17') }, 80],
    ['rows without dates: F = 0.5 → 50 + 30 + 10', { kpis: [measured], rows: dated(null) }, 90],
    ['estimated KPI: K = 0.5 → 25 + 30 + 20', { kpis: [estimated], rows: dated('2026-11-15') }, 75],
    ['pending KPI only: K = 0 → 0 + 30 + 20', { kpis: [pending], rows: dated('2026-11-15') }, 50],
    [
      // K = (1 + 0.5 + 0) / 3 = 0.5; M = 300 / 400 = 0.75: 25 + 22.5 + 20 = 67.5 → 68 (half-up)
      'M is the measured share of cost',
      {
        kpis: [measured, estimated, pending],
        rows: [
          row('A', { date: '2026-11-15', cost: 300 }),
          row('B', { date: '2026-11-15', cost: 100, source: 'estimated' }),
        ],
      },
      68,
    ],
    [
      // docs/rules.md's worked example: K = 0.5, M = 1200 / 1600 = 0.75, F = 1 − 2/6 (3 days old):
      // 25 + 22.5 + 13.33 = 60.83 → 61
      'the worked example of docs/rules.md',
      {
        kpis: [measured, estimated, pending],
        rows: [
          row('Search', { date: '2026-11-13', cost: 1200 }),
          row('Display', { date: '2026-11-12', cost: 400, source: 'estimated' }),
        ],
      },
      61,
    ],
    [
      // No KPI: K = 0; cost 0 → M by rows = 1 / 4; F = 1: 0 + 7.5 + 20 = 27.5 → 28
      'with no cost, M counts rows',
      {
        rows: [
          row('A', { date: '2026-11-15' }),
          ...['B', 'C', 'D'].map((c) => row(c, { date: '2026-11-15', source: 'estimated' as const })),
        ],
      },
      28,
    ],
    [
      // K = (5 × 0.5 + 0) / 6 = 5/12 → 20.833…; M = 0.5 → 15; F = 5/6 → 16.666…: exactly 52.5 → 53
      'sixths that add up to exactly .5 round up',
      {
        kpis: [estimated, estimated, estimated, estimated, estimated, pending],
        rows: [
          row('A', { date: '2026-11-14', cost: 100 }),
          row('B', { date: '2026-11-14', cost: 100, source: 'estimated' }),
        ],
      },
      53,
    ],
  ])('%s', (_name, fixture, expected) => {
    expect(score(fixture)).toBe(expected);
  });

  describe('once the campaign has ended, freshness counts from its last day (2026-11-30)', () => {
    const asOf = Date.UTC(2026, 11, 20);
    it.each([
      ['2026-11-30', 100],
      ['2026-11-29', 100],
      ['2026-11-28', 97],
      ['2026-11-23', 80],
    ])('newest row %s → %d', (date, expected) => {
      expect(score({ asOf, kpis: [measured], rows: dated(date) })).toBe(expected);
    });
  });

  it('reads as_of in the workbook time zone: 2026-11-16T02:00Z is still 2026-11-15 in New York', () => {
    const f: AnalysisFixture = {
      asOf: Date.UTC(2026, 10, 16, 2),
      settings: { timeZone: 'America/New_York' },
      kpis: [measured],
      rows: dated('2026-11-13'),
    };
    // New York date 2026-11-15: 2 days late → F = 5/6 → 96.67 → 97 (3 days late in UTC would be 93).
    expect(score(f)).toBe(97);
  });
});
