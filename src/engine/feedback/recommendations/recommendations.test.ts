import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import { renderRecommendation } from '../../messages/render-recommendation';
import { AS_OF, HOUR, analysis, kpi, row, task, type AnalysisFixture } from '../../testing/analysis-fixture';
import { recommendBudget } from './recommend-budget';
import { recommendData } from './recommend-data';
import { recommendKpis } from './recommend-kpis';
import { recommendShift, shareFor } from './recommend-shift';
import { recommendTasks } from './recommend-tasks';
import { recommendationFindings } from './recommendations';
import type { RecommendationFinding } from './recommendation-finding';

type Rule = (a: CampaignAnalysis) => RecommendationFinding[];
const say = (rule: Rule, f: AnalysisFixture) => rule(analysis(f)).map(renderRecommendation);

// as_of 2026-11-16T00:00Z, last day 2026-11-30: 50 % of the time elapsed, 15 days left (16th to 30th).
const search = row('Search', { impressions: 10000, clicks: 600, conversions: 30, cost: 1200, revenue: 4000 });
const display = (over = {}) =>
  row('Display', { impressions: 40000, clicks: 400, conversions: 10, cost: 960, revenue: 900, ...over });

describe('shift budget between channels (only on a significant difference)', () => {
  const bigSearch = row('Search', { impressions: 100000, clicks: 6000, conversions: 300, cost: 12000 });
  it.each<[string, AnalysisFixture['rows'], string[]]>([
    [
      // Conversions per dollar 30/1,200 vs 10/960: 2.4×; se = √(1/30 + 1/10) = 0.3651; interval
      // 2.4 × e^(±1.96 × 0.3651) = 1.17–4.91; p = 0.0165, Holm over 3 tests (CTR, conversion rate, CPA)
      // → 0.033 < 0.05: significant. Lower end 1.17 < 1.5 → 10 % of 960 = 96.
      'significant, the data support less than 1.5× → 10 %',
      [search, display()],
      [
        "Shift 10% of Display's spend ($96.00 of its $960.00 so far) to Search: Search's CPA is about 2× lower (95% interval 1.1–5.0×): $40.00 vs $96.00",
      ],
    ],
    [
      // 300/12,000 vs 100/9,600: 2.4×; se = √(1/300 + 1/100) = 0.1155; lower end 2.4 × e^(−0.2263) = 1.91
      // → 20 % of 9,600 = 1,920.
      'the data support at least 1.5× → 20 %',
      [bigSearch, display({ clicks: 4000, conversions: 100, cost: 9600 })],
      [
        "Shift 20% of Display's spend ($1,920.00 of its $9,600.00 so far) to Search: Search's CPA is about 2.4× lower (95% interval 1.9–3.1×): $40.00 vs $96.00",
      ],
    ],
    [
      // 300/12,000 vs 50/9,600: 4.8×; se = √(1/300 + 1/50) = 0.1528; lower end 4.8 × e^(−0.2994) = 3.56
      // → 30 % of 9,600 = 2,880.
      'the data support at least 2× → 30 %',
      [bigSearch, display({ clicks: 4000, conversions: 50, cost: 9600 })],
      [
        "Shift 30% of Display's spend ($2,880.00 of its $9,600.00 so far) to Search: Search's CPA is about 4.8× lower (95% interval 3.5–6.5×): $40.00 vs $192.00",
      ],
    ],
    // 40 vs 50: 1.25×, p = 0.55: no clear difference, no shift.
    ['no significant difference → no shift', [search, display({ cost: 500 })], []],
    [
      // No conversions anywhere: CTR 480/15,000 = 3.2 % vs 300/20,000 = 1.5 %: 2.13×; Katz se = 0.0728,
      // lower end 2.133 × e^(−0.1427) = 1.85 → 20 % of 600 = 120.
      'no conversions: by CTR',
      [
        row('LinkedIn', { impressions: 15000, clicks: 480, cost: 900 }),
        row('Display', { impressions: 20000, clicks: 300, cost: 600 }),
      ],
      [
        "Shift 20% of Display's spend ($120.00 of its $600.00 so far) to LinkedIn: LinkedIn's CTR is about 2.1× Display's (95% interval 1.8–2.5×): 3.2% vs 1.5%",
      ],
    ],
    [
      // 0 conversions: 0.5 added to each count: (30.5/1,200) / (0.5/800) = 40.7, se = √(1/30.5 + 1/0.5)
      // = 1.4256, lower end 40.7 × e^(−2.794) = 2.49 → 30 % of 800 = 240.
      'a channel that spent without converting',
      [search, display({ conversions: 0, cost: 800 })],
      [
        "Shift 30% of Display's spend ($240.00 of its $800.00 so far) to Search: Display has 0 conversions from $800.00 while Search converts at a CPA of $40.00; Search's CPA is at least 2.4× lower (95% lower bound)",
      ],
    ],
    [
      'an estimated row says so',
      [search, display({ source: 'estimated' })],
      [
        "Shift 10% of Display's spend ($96.00 of its $960.00 so far) to Search: Search's CPA is about 2× lower (95% interval 1.1–5.0×): $40.00 vs $96.00 (based on estimated data)",
      ],
    ],
    ['channels under Min Clicks For Comparison are not compared', [search, display({ clicks: 99 })], []],
  ])('%s', (_name, rows, expected) => {
    expect(say(recommendShift, { rows })).toEqual(expected);
  });

  it('becomes advice for the next plan once the campaign has ended, and nothing before it starts', () => {
    expect(say(recommendShift, { rows: [search, display()], asOf: Date.UTC(2026, 11, 3) })).toEqual([
      "For the next campaign, plan more of the budget for Search and less for Display: Search's CPA is about 2× lower (95% interval 1.1–5.0×): $40.00 vs $96.00",
    ]);
    expect(say(recommendShift, { rows: [search, display()], asOf: Date.UTC(2026, 9, 20) })).toEqual([]);
  });

  it.each<[number, 10 | 20 | 30]>([
    [2, 30],
    [1.9999, 20],
    [1.5, 20],
    [1.4999, 10],
    [1.01, 10],
  ])('lower end %d → share %d', (low, share) => {
    expect(shareFor(low)).toBe(share);
  });
});

describe('budget pacing (5,000 allocated; 10 points of tolerance)', () => {
  it.each<[string, AnalysisFixture, string[]]>([
    [
      // 3,500 spent = 70 % vs 50 % elapsed; 1,500 left / 15 days = 100 a day.
      'ahead of time → cap',
      { spent: 3500 },
      [
        'Cap spend at $100.00 a day for the 15 days left (today included) to stay within the remaining $1,500.00: 70.0% of the budget is spent with 50.0% of the time elapsed',
      ],
    ],
    [
      // 1,000 spent = 20 %; 4,000 / 15 = 266.666… → 266.67.
      'behind time → may spend more',
      { spent: 1000 },
      [
        'Raise spend to up to $266.67 a day for the 15 days left (today included) to use the remaining $4,000.00: 20.0% of the budget is spent with 50.0% of the time elapsed',
      ],
    ],
    ['exactly 10 points ahead → nothing', { spent: 3000 }, []],
    ['exactly 10 points behind → nothing', { spent: 2000 }, []],
    [
      'overspent',
      { spent: 5200 },
      [
        'Pause spend or raise the budget: $5,200.00 spent of $5,000.00 allocated ($200.00 over) with 15 days left',
      ],
    ],
    [
      'fully spent',
      { spent: 5000 },
      ['Pause spend or raise the budget: all $5,000.00 is spent with 15 days left'],
    ],
    ['after the end, nothing to pace', { spent: 5200, asOf: Date.UTC(2026, 11, 3) }, []],
    [
      // 2026-11-30T12:00Z: 29.5 / 30 days = 98.3 % elapsed; the last day is the 1 day left: 1,000 / 1.
      'on the last day',
      { spent: 4000, asOf: Date.UTC(2026, 10, 30, 12) },
      [
        'Raise spend to up to $1,000.00 a day for the 1 day left (today included) to use the remaining $1,000.00: 80.0% of the budget is spent with 98.3% of the time elapsed',
      ],
    ],
  ])('%s', (_name, fixture, expected) => {
    expect(say(recommendBudget, fixture)).toEqual(expected);
  });
});

describe('KPI behind its straight-line pace', () => {
  it.each<[string, AnalysisFixture['kpis'], string[]]>([
    [
      // Pace 100 × 0.5 = 50 > 46: 54 more over 15 days = 3.6 a day.
      'conversions behind',
      [kpi({ metric: 'conversions', target: 100, actual: 46 })],
      [
        'Raise conversions by 3.6 a day: 54 more are needed in the 15 days left (today included) to reach the 100 target (46 so far, 50.0% of the time elapsed)',
      ],
    ],
    [
      // Pace 2,500 > 2,000: 3,000 / 15 = 200 a day.
      'revenue in money',
      [kpi({ metric: 'revenue', target: 5000, targetText: '$5,000', unit: 'money', actual: 2000 })],
      [
        'Raise revenue by $200.00 a day: $3,000.00 more are needed in the 15 days left (today included) to reach the $5,000.00 target ($2,000.00 so far, 50.0% of the time elapsed)',
      ],
    ],
    ['exactly on pace → nothing', [kpi({ metric: 'conversions', target: 100, actual: 50 })], []],
    ['rates are not paced', [kpi({ metric: 'ctr', target: 3, unit: 'percent', actual: 0.5 })], []],
  ])('%s', (_name, kpis, expected) => {
    expect(say(recommendKpis, { kpis: kpis ?? [] })).toEqual(expected);
  });
});

describe('tasks', () => {
  it('unblocks critical first, then what others wait on, then the longest; re-plans failed tasks', () => {
    const tasks = [
      task('T3', { status: 'blocked', blockedSince: AS_OF - 50 * HOUR }),
      task('T4', {
        title: 'Landing page',
        status: 'blocked',
        blockedSince: AS_OF - 30 * HOUR,
        blocker: 'Legal review',
      }),
      task('T5', { dependsOn: ['T4'] }),
      task('T2', { status: 'blocked', critical: true, blockedSince: AS_OF - 5 * HOUR, blocker: 'Vendor' }),
      task('T7', { title: 'Webinar', status: 'failed', attempts: 3 }),
      task('T8', { dependsOn: ['T7'] }),
      task('T9', { dependsOn: ['T8'], status: 'cancelled' }),
    ];
    expect(say(recommendTasks, { tasks })).toEqual([
      'Unblock critical task T2 “Task T2” (blocked 5 hours by “Vendor”)',
      'Unblock task T4 “Landing page” (blocked 1 day 6 hours by “Legal review”): T5 waits on it',
      'Unblock task T3 “Task T3” (blocked 2 days 2 hours)',
      'Re-plan failed task T7 “Webinar” (3 attempts): give it a new approach as a new task or cancel it with a reason; T8 waits on it',
    ]);
  });
});

describe('missing data', () => {
  it.each<[string, AnalysisFixture, string[]]>([
    [
      'no rows, a KPI of the user own',
      { kpis: [kpi({ metric: 'signups', target: 500, derived: false, eta: '2026-11-20' })] },
      [
        'Add ChannelMetrics rows for campaign C1 (impressions, clicks, conversions and cost per channel and day); data is expected by 2026-11-17',
        'Fill the Actual of KPI signups in the KPIs table (expected by 2026-11-20)',
      ],
    ],
    [
      'rows without revenue: the ROAS KPI names the column once',
      {
        rows: [row('A', { cost: 5 })],
        kpis: [kpi({ metric: 'roas', target: 2, unit: 'multiplier' }), kpi({ metric: 'revenue', target: 9 })],
      },
      ['Fill the Revenue column of ChannelMetrics to measure roas (expected by 2026-11-17)'],
    ],
    [
      'rows without revenue, no KPI: ROAS',
      { rows: [row('A', { cost: 5 })] },
      ['Fill the Revenue column of ChannelMetrics to measure ROAS (expected by 2026-11-17)'],
    ],
    ['rows with revenue: nothing', { rows: [row('A', { cost: 5, revenue: 0 })] }, []],
  ])('%s', (_name, fixture, expected) => {
    expect(say(recommendData, fixture)).toEqual(expected);
  });
});

describe('all recommendations', () => {
  it('keeps the course when nothing calls for a change, with the next review a week on', () => {
    // 2,160 spent = 43.2 % (within 10 points of 50 %); CPA 40 vs 50 = 1.25x.
    const rows = [search, display({ cost: 500 })];
    expect(recommendationFindings(analysis({ rows, spent: 2500 })).map(renderRecommendation)).toEqual([
      'Keep the current allocation across Search and Display; next review on 2026-11-23',
    ]);
  });

  it.each<[string, number, string]>([
    [
      'the review is never after the last day',
      Date.UTC(2026, 10, 27),
      'Keep the current allocation across Search and Display; next review on 2026-11-30',
    ],
    [
      'once ended',
      Date.UTC(2026, 11, 2),
      'No change: the campaign ended on 2026-11-30; carry these learnings into the next plan',
    ],
  ])('%s', (_name, asOf, expected) => {
    const rows = [search, display({ cost: 500 })];
    // spent = elapsed share of 5,000 so that pacing stays quiet.
    const spent = Math.min(5000, Math.round(((asOf - Date.UTC(2026, 10, 1)) / (30 * 24 * HOUR)) * 5000));
    expect(recommendationFindings(analysis({ rows, asOf, spent })).map(renderRecommendation)).toEqual([
      expected,
    ]);
  });

  it('orders: budget exhausted, shift, pacing, KPI, tasks, data', () => {
    const a = analysis({
      rows: [search, display()],
      spent: 5200,
      kpis: [
        kpi({ metric: 'conversions', target: 100, actual: 40 }),
        kpi({ metric: 'signups', target: 9, derived: false }),
      ],
      tasks: [task('T1', { status: 'blocked', blockedSince: AS_OF - HOUR })],
    });
    expect(recommendationFindings(a).map((r) => r.code)).toEqual([
      'budget_exhausted',
      'shift_budget',
      'kpi_catch_up',
      'unblock_task',
      'fill_kpi_actual',
    ]);
  });
});
