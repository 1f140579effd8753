import type { KpiFigure } from '../../analysis/campaign-analysis';
import { renderLearning } from '../../messages/render-learning';
import { Dec } from '../../money/decimal';
import { AS_OF, HOUR, analysis, kpi, row, task, type AnalysisFixture } from '../../testing/analysis-fixture';
import { learningFindings } from './learnings';

const learnings = (f: AnalysisFixture) => learningFindings(analysis(f)).map(renderLearning);

describe('channel comparisons (only channels with ≥ Min Clicks For Comparison)', () => {
  it.each<[string, AnalysisFixture, string[]]>([
    [
      // CTR 480/15000 = 3.2 %, 300/20000 = 1.5 %: 2.133…; Katz se² = 1/480 − 1/15,000 + 1/300 − 1/20,000
      // = 0.0053, se = 0.0728: 2.133 × e^(±0.1427) = 1.85–2.46, spanning less than 2× → two figures.
      // The only test (no conversions anywhere), p ≈ 0. Email (40 clicks) is below 100 clicks: named.
      'best vs worst CTR, no conversions',
      {
        rows: [
          row('LinkedIn', { impressions: 15000, clicks: 480, cost: 900 }),
          row('Display', { impressions: 20000, clicks: 300, cost: 600 }),
          row('Email', { impressions: 1000, clicks: 40, cost: 10 }),
        ],
      },
      [
        "[MEASURED] LinkedIn's CTR was about 2.1× Display's (95% interval 1.8–2.5×): 3.2% (480 clicks / 15,000 impressions) vs 1.5% (300 clicks / 20,000 impressions)",
        '[MEASURED] Too little data to judge Email yet: 40 clicks, under the 100 clicks a channel needs to be compared',
      ],
    ],
    [
      // Three tests (CTR, conversion rate, CPA), Holm-adjusted.
      // CTR 6 % vs 1 %: se² = 1/600 − 1/10,000 + 1/400 − 1/40,000, se = 0.0636: 6 × e^(±0.1246) = 5.30–6.80.
      // Conversion rate 5 % vs 2.5 %: se = 0.3594, z = 1.93, p = 0.054: not significant; interval
      // 2 × e^(±0.7044) = 0.988–4.05; at α = 0.05 / 3 (z 2.394) it needs (2.394 / 1.929)² = 1.54 × the
      // 1,000 clicks: 540 more → 550 shown.
      // CPA 40 vs 96: conversions per dollar 2.4×, se = √(1/30 + 1/10) = 0.3651, p = 0.0165 → 0.033
      // after Holm; 1.17–4.91 spans more than 2× → one figure: about 2×.
      'CTR and CPA',
      {
        rows: [
          row('Search', { impressions: 10000, clicks: 600, conversions: 30, cost: 1200 }),
          row('Display', { impressions: 40000, clicks: 400, conversions: 10, cost: 960 }),
        ],
      },
      [
        "[MEASURED] Search's CTR was about 6.0× Display's (95% interval 5.2–6.8×): 6.0% (600 clicks / 10,000 impressions) vs 1.0% (400 clicks / 40,000 impressions)",
        '[MEASURED] No clear conversion rate difference yet between Search and Display: 5.0% (30 conversions / 600 clicks) vs 2.5% (10 conversions / 400 clicks), about 2× (95% interval 0.98–4.1×); about 550 more clicks needed to tell',
        "[MEASURED] Search's CPA was about 2× lower than Display's (95% interval 1.1–5.0×): $40.00 (30 conversions for $1,200.00) vs $96.00 (10 conversions for $960.00)",
      ],
    ],
    [
      // One estimated Display row makes both comparisons estimates. CTR 6 % vs (200+200)/(20000+20000) = 1 %.
      'an estimated row makes the comparison [ESTIMATED]',
      {
        rows: [
          row('Search', { impressions: 10000, clicks: 600, conversions: 30, cost: 1200 }),
          row('Display', { impressions: 20000, clicks: 200, conversions: 5, cost: 480 }),
          row('Display', { impressions: 20000, clicks: 200, conversions: 5, cost: 480, source: 'estimated' }),
        ],
      },
      [
        "[ESTIMATED] Search's CTR was about 6.0× Display's (95% interval 5.2–6.8×): 6.0% (600 clicks / 10,000 impressions) vs 1.0% (400 clicks / 40,000 impressions)",
        '[ESTIMATED] No clear conversion rate difference yet between Search and Display: 5.0% (30 conversions / 600 clicks) vs 2.5% (10 conversions / 400 clicks), about 2× (95% interval 0.98–4.1×); about 550 more clicks needed to tell',
        "[ESTIMATED] Search's CPA was about 2× lower than Display's (95% interval 1.1–5.0×): $40.00 (30 conversions for $1,200.00) vs $96.00 (10 conversions for $960.00)",
      ],
    ],
    [
      // Display spent 800 on 400 clicks without converting: it is the worst on CPA and on conversion
      // rate. With a zero count 0.5 is added to each: (30.5 / 1,200) / (0.5 / 800) = 40.7,
      // se = √(1/30.5 + 1/0.5) = 1.4256, lower bound 40.7 × e^(−2.794) = 2.49 → at least 2.4×.
      'a channel that spent without converting',
      {
        rows: [
          row('Search', { impressions: 10000, clicks: 600, conversions: 30, cost: 1200 }),
          row('Display', { impressions: 40000, clicks: 400, conversions: 0, cost: 800 }),
        ],
      },
      [
        "[MEASURED] Search's CTR was about 6.0× Display's (95% interval 5.2–6.8×): 6.0% (600 clicks / 10,000 impressions) vs 1.0% (400 clicks / 40,000 impressions)",
        "[MEASURED] Search's conversion rate was at least 2.4× Display's (95% lower bound): 5.0% (30 conversions / 600 clicks) vs 0.0% (0 conversions / 400 clicks)",
        "[MEASURED] Search's CPA was at least 2.4× lower than Display's (95% lower bound): $40.00 (30 conversions for $1,200.00) vs no conversion ($800.00 spent on 400 clicks)",
      ],
    ],
    [
      'the threshold comes from Settings (Min Clicks For Comparison 50: Email 60 clicks qualifies)',
      {
        settings: { minClicksForComparison: 50 },
        rows: [
          row('Email', { impressions: 1000, clicks: 60 }),
          row('Display', { impressions: 20000, clicks: 300 }),
        ],
      },
      // 6 % / 1.5 % = 4; se² = 1/60 − 1/1,000 + 1/300 − 1/20,000 = 0.01895, se = 0.1377:
      // 4 × e^(±0.2698) = 3.05–5.24.
      [
        "[MEASURED] Email's CTR was about 4.0× Display's (95% interval 3.0–5.3×): 6.0% (60 clicks / 1,000 impressions) vs 1.5% (300 clicks / 20,000 impressions)",
      ],
    ],
  ])('%s', (_name, fixture, expected) => {
    expect(learnings(fixture)).toEqual(expected);
  });
});

describe('KPI pace against elapsed time (as_of is exactly half-way)', () => {
  it.each<[string, KpiFigure[], string[]]>([
    [
      // 46 / 100 = 46.0 %; projection 46 / 0.5 = 92 → 92.0 % of target, an estimate.
      'a cumulative KPI: pace, then a projection labelled [ESTIMATED]',
      [kpi({ metric: 'conversions', target: 100, actual: 46, primary: true })],
      [
        "[MEASURED] conversions reached 46 of the 100 target (46.0%) with 50.0% of the campaign's time elapsed",
        '[ESTIMATED] At the current pace conversions would reach 92 by 2026-11-30 (92.0% of the 100 target; straight-line projection)',
      ],
    ],
    [
      'an estimated actual stays [ESTIMATED]',
      [kpi({ metric: 'signups', target: 500, actual: 125, estimated: true, derived: false, unit: 'number' })],
      // 125 / 500 = 25.0 %; 125 / 0.5 = 250 → 50.0 %.
      [
        "[ESTIMATED] signups reached 125 of the 500 target (25.0%) with 50.0% of the campaign's time elapsed",
        '[ESTIMATED] At the current pace signups would reach 250 by 2026-11-30 (50.0% of the 500 target; straight-line projection)',
      ],
    ],
    [
      // Rates are levels: 2.5 / 3 = 83.33 % and (lower is better) 80 / 96 = 83.33 %.
      'rates are levels, not paces',
      [
        kpi({ metric: 'ctr', target: 3, targetText: '3%', unit: 'percent', actual: 2.5 }),
        kpi({ metric: 'cpa', target: 80, targetText: '$80', unit: 'money', actual: 96, lowerIsBetter: true }),
      ],
      [
        '[MEASURED] ctr is 2.5% against a target of 3.0% (83.3% of target)',
        '[MEASURED] cpa is $96.00 against a target of $80.00 (83.3% of target, lower is better)',
      ],
    ],
    [
      'a pending KPI says nothing here (it is missing data)',
      [kpi({ metric: 'revenue', target: 1000 }), kpi({ metric: 'clicks', target: 10, actual: 10 })],
      [
        "[MEASURED] clicks reached 10 of the 10 target (100.0%) with 50.0% of the campaign's time elapsed",
        '[ESTIMATED] At the current pace clicks would reach 20 by 2026-11-30 (200.0% of the 10 target; straight-line projection)',
      ],
    ],
  ])('%s', (_name, kpis, expected) => {
    expect(learnings({ kpis })).toEqual(expected);
  });

  it('no projection once the campaign has ended', () => {
    const kpis = [kpi({ metric: 'conversions', target: 100, actual: 130 })];
    expect(learnings({ kpis, asOf: Date.UTC(2026, 11, 5) })).toEqual([
      "[MEASURED] conversions reached 130 of the 100 target (130.0%) with 100.0% of the campaign's time elapsed",
    ]);
  });

  it('a ratio without a denominator states the spend', () => {
    const base = kpi({ metric: 'cpa', target: 80, unit: 'money', lowerIsBetter: true, actual: 0 });
    const k = {
      ...base,
      actual: { kind: 'unbounded' as const, what: 'no_conversions' as const, spent: new Dec('250.5') },
    };
    const rows = [row('Search', { impressions: 900, clicks: 30, cost: 250.5 })];
    expect(learnings({ kpis: [k], rows })).toEqual([
      '[MEASURED] cpa has no value yet: $250.50 spent with 0 conversions',
    ]);
  });
});

describe('estimate accuracy of completed tasks', () => {
  it('totals hours against estimates and names the largest deviation', () => {
    // Counted: T1 12 h / 8 h (+50 %), T2 9 / 10 (−10 %), T3 21 / 18 (+16.7 %): 42 h / 36 h = 116.67 %.
    // Left out: T4 estimated 0 h, T5 not completed, T6 without actual hours.
    const tasks = [
      task('T1', { status: 'completed', estimatedHours: 8, actualHours: 12 }),
      task('T2', { status: 'completed', estimatedHours: 10, actualHours: 9 }),
      task('T3', { status: 'completed', estimatedHours: 18, actualHours: 21 }),
      task('T4', { status: 'completed', estimatedHours: 0, actualHours: 5 }),
      task('T5', { status: 'in_progress', estimatedHours: 4, actualHours: 40 }),
      task('T6', { status: 'completed', estimatedHours: 4, actualHours: null }),
    ];
    expect(learnings({ tasks })).toEqual([
      '[MEASURED] 3 completed tasks took 42 h against 36 h estimated (116.7% of the estimate); largest deviation: T1, +50.0% (12 h vs 8 h)',
    ]);
  });

  it('an under-run is signed and a perfect estimate names no deviation', () => {
    expect(
      learnings({ tasks: [task('T1', { status: 'completed', estimatedHours: 10, actualHours: 7.5 })] }),
    ).toEqual([
      '[MEASURED] 1 completed task took 7.5 h against 10 h estimated (75.0% of the estimate); largest deviation: T1, -25.0% (7.5 h vs 10 h)',
    ]);
    expect(
      learnings({ tasks: [task('T1', { status: 'completed', estimatedHours: 6, actualHours: 6 })] }),
    ).toEqual(['[MEASURED] 1 completed task took 6 h against 6 h estimated (100.0% of the estimate)']);
  });
});

describe('blocker patterns', () => {
  it('counts, the longest, missing Blocked Since and repeated blocker text', () => {
    const tasks = [
      task('T4', { status: 'blocked', blockedSince: AS_OF - 74 * HOUR, blocker: 'Legal approval' }),
      task('T6', { status: 'blocked', blockedSince: AS_OF - 5 * HOUR, blocker: ' legal  APPROVAL ' }),
      task('T7', { status: 'blocked', blockedSince: null, blocker: 'Assets' }),
    ];
    // 74 h = 3 d 2 h.
    expect(learnings({ tasks })).toEqual([
      '[MEASURED] 3 tasks blocked (T4, T6 and T7); longest: T4, 3 days 2 hours; 1 without Blocked Since; “Legal approval” blocks T4 and T6',
    ]);
  });
});

describe('when nothing qualifies: one [INFERENCE] naming the missing data', () => {
  it.each<[string, AnalysisFixture, string]>([
    [
      'no rows, no KPIs',
      {},
      '[INFERENCE] Not enough data for a learning yet: no ChannelMetrics rows yet (expected by 2026-11-17); no KPI is set for this campaign (add its targets to the KPIs table)',
    ],
    [
      'too few clicks, a KPI without actual',
      {
        rows: [
          row('LinkedIn', { impressions: 2000, clicks: 40 }),
          row('Display', { impressions: 9000, clicks: 150 }),
        ],
        kpis: [kpi({ metric: 'signups', target: 500, derived: false, eta: '2026-11-20' })],
      },
      '[INFERENCE] Not enough data for a learning yet: comparing channels needs 2 channels with at least 100 clicks each; so far LinkedIn 40 and Display 150 (more data expected by 2026-11-17); KPI signups has no actual yet (ETA 2026-11-20)',
    ],
  ])('%s', (_name, fixture, expected) => {
    expect(learnings(fixture)).toEqual([expected]);
  });

  it('is not added when another learning exists', () => {
    const tasks = [task('T1', { status: 'completed', estimatedHours: 1, actualHours: 1 })];
    expect(learnings({ tasks }).some((l) => l.startsWith('[INFERENCE]'))).toBe(false);
  });
});

describe('ad campaign comparisons within a channel', () => {
  it('states a clear difference between two ad campaigns of a channel, with its interval', () => {
    // Brand: 880 clicks / 11,000 impressions = 8.0 %; Generic: 400 / 20,000 = 2.0 %: 4×. Katz
    // se² = 1/880 − 1/11,000 + 1/400 − 1/20,000 = 0.0034955, se = 0.0591: 4 × e^(±0.1159) = 3.56–4.49, shown rounded outwards.
    // Conversion rate (60/880 vs 10/400) and CPA are tested too; only clear differences are stated.
    const found = learnings({
      rows: [
        row('Search', { adCampaign: 'Brand', impressions: 11000, clicks: 880, conversions: 66, cost: 660 }),
        row('Search', { adCampaign: 'Generic', impressions: 20000, clicks: 400, conversions: 30, cost: 300 }),
      ],
    });
    expect(found.filter((l) => l.includes('Within Search'))).toEqual([
      "[MEASURED] Within Search, ad campaign Brand's CTR was about 4.0× Generic's (95% interval 3.5–4.5×): 8.0% (880 clicks / 11,000 impressions) vs 2.0% (400 clicks / 20,000 impressions)",
    ]);
  });

  it('names the ad campaigns under the minimum clicks as too little data to judge, as channels are', () => {
    // Search: Brand is compared with nothing (Generic has 60 clicks, Retargeting 99): both named.
    // Display: A and B alike (no clear difference, not stated); C with 10 clicks named on its own.
    const found = learnings({
      rows: [
        row('Search', { adCampaign: 'Brand', impressions: 11000, clicks: 880, conversions: 66, cost: 660 }),
        row('Search', { adCampaign: 'Generic', impressions: 2000, clicks: 60, conversions: 3, cost: 45 }),
        row('Search', { adCampaign: 'Retargeting', impressions: 3000, clicks: 99, conversions: 4, cost: 70 }),
        row('Display', { adCampaign: 'A', impressions: 10000, clicks: 500, conversions: 25, cost: 500 }),
        row('Display', { adCampaign: 'B', impressions: 10000, clicks: 510, conversions: 25, cost: 505 }),
        row('Display', { adCampaign: 'C', impressions: 900, clicks: 10, cost: 12 }),
      ],
    });
    expect(found.filter((l) => l.includes('Within'))).toEqual([
      '[MEASURED] Within Search, too little data to judge ad campaigns Generic and Retargeting yet: 60 clicks and 99 clicks, under the 100 clicks an ad campaign needs to be compared',
      '[MEASURED] Within Display, too little data to judge ad campaign C yet: 10 clicks, under the 100 clicks an ad campaign needs to be compared',
    ]);
  });
});
