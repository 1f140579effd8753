import { issueFindings } from '../feedback/issues/issue-findings';
import { renderFeedbackIssue } from '../messages/render-feedback-issue';
import { analysis } from '../testing/analysis-fixture';
import { dailyRows } from '../testing/daily-rows';

// Six weeks of rows, Monday 2026-10-05 to Sunday 2026-11-15; the report is made on 2026-11-16.
const SIX_WEEKS = 42;
const campaign = { startAt: Date.UTC(2026, 9, 1) };
const search = (overrides = {}) =>
  dailyRows(
    'Search',
    '2026-10-05',
    SIX_WEEKS,
    { cost: 100, clicks: 50, conversions: 4, impressions: 2000 },
    { cost: 40, clicks: 20, conversions: 2, impressions: 800 },
    overrides,
  );

describe('daily anomalies against the same weekday of the weeks before', () => {
  it('finds a spike day and nothing else', () => {
    // Saturday 2026-11-14: $400 against the Saturdays before (five, all $40: median 40, spread 0,
    // raised to 10 % of usual = 4) → z = (400 − 40) / 4 = 90.
    const a = analysis({ campaign, rows: search({ '2026-11-14': { cost: 400, clicks: 22 } }) });
    expect(a.anomalies.filter((d) => d.significant)).toEqual([
      {
        channel: 'Search',
        date: '2026-11-14',
        metric: 'spend',
        actual: 400,
        expected: 40,
        low: 26,
        high: 54,
        z: 90,
        weeks: 5,
        significant: true,
      },
    ]);
    // Every day of the last week is checked for spend and clicks (conversions are too few to judge:
    // under 10 a day both usually and on the day).
    expect(new Set(a.anomalies.map((d) => d.date)).size).toBe(7);
    expect(a.anomalies.some((d) => d.metric === 'conversions')).toBe(false);
    // Clicks of 22 against 20: within the Poisson spread (√20 = 4.47), z = 0.45.
    expect(a.anomalies.find((d) => d.date === '2026-11-14' && d.metric === 'clicks')?.significant).toBe(
      false,
    );
  });

  it('is named in the feedback, one issue per channel', () => {
    const a = analysis({ campaign, rows: search({ '2026-11-14': { cost: 400, clicks: 22 } }) });
    const issue = issueFindings(a, [], [], []).find((i) => i.code === 'unusual_days');
    expect(issue === undefined ? null : renderFeedbackIssue(issue)).toEqual({
      description:
        'Unusual days on Search: spend on Saturday 2026-11-14 was $400.00 against a usual $40.00 for a Saturday (robust z 90.0, over 5 weeks)',
      severity: 4,
      impact:
        'money was spent faster than usual; if nothing was planned, a bid or budget change may be running away',
      resolution:
        "check Search's change history and tracking for that day (budgets, bids, tags), then correct or explain it",
    });
  });

  it('flags conversions that stop as the most severe', () => {
    const rows = dailyRows(
      'Search',
      '2026-10-05',
      SIX_WEEKS,
      { cost: 100, clicks: 200, conversions: 20 },
      { cost: 100, clicks: 200, conversions: 20 },
      { '2026-11-12': { conversions: 0 }, '2026-11-13': { conversions: 0 } },
    );
    const a = analysis({ campaign, rows });
    const found = a.anomalies.filter((d) => d.significant).map((d) => [d.date, d.metric, d.actual]);
    expect(found).toEqual([
      ['2026-11-12', 'conversions', 0],
      ['2026-11-13', 'conversions', 0],
    ]);
    expect(issueFindings(a, [], [], []).find((i) => i.code === 'unusual_days')?.severity).toBe(5);
  });

  it('judges no day of a channel whose rows are weekly totals', () => {
    // Six Mondays, one row each: a week's total is not a day, and a big week is not a spike day.
    const weekly = search()
      .filter((_, i) => i % 7 === 0)
      .map((r, i) => (i === 5 ? { ...r, cost: 2000, clicks: 900, conversions: 70 } : r));
    const a = analysis({ campaign, rows: weekly });
    expect(a.anomalies).toEqual([]);
  });

  it('needs three earlier same weekdays', () => {
    // Two weeks of rows: each day of the last week has one earlier same weekday.
    const a = analysis({ campaign, rows: search({ '2026-11-14': { cost: 400 } }).slice(-14) });
    expect(a.anomalies).toEqual([]);
  });
});
