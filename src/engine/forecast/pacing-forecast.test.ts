import { renderLearning } from '../messages/render-learning';
import { renderRecommendation } from '../messages/render-recommendation';
import { analysis, kpi } from '../testing/analysis-fixture';
import { dailyRows } from '../testing/daily-rows';
import { makeRow } from '../testing/fixtures';
import { learnForecast } from '../feedback/learnings/learn-forecast';
import { recommendBudget } from '../feedback/recommendations/recommend-budget';

// The fixture campaign runs 2026-11-01 (a Sunday) → 2026-11-30 with a $5,000 budget; as_of is
// 2026-11-16, a Monday. Rows for the 15 days before: 10 weekdays and 5 weekend days.
const weekdayWeekend = (weekday: number, weekend: number) =>
  dailyRows(
    'Search',
    '2026-11-01',
    15,
    { cost: weekday, clicks: 100, conversions: 10 },
    { cost: weekend, clicks: 40, conversions: 4 },
  );

describe('the pacing forecast', () => {
  it('projects a weekday/weekend spend pattern by day of week, and is on pace', () => {
    // Spent 10 × 200 + 5 × 50 = 2,250. Ahead, 16th–30th: 11 weekdays and 4 weekend days →
    // 11 × 200 + 4 × 50 = 2,400; end 4,650 = 93.0 % of 5,000, inside 100 ± (2 + 18 × 15 / 30 = 11).
    const a = analysis({
      rows: weekdayWeekend(200, 50),
      kpis: [kpi({ metric: 'conversions', target: 400, primary: true })],
    });
    const f = a.forecast;
    expect(f?.method).toBe('day_of_week');
    expect([f?.from, f?.to, f?.daysOfData, f?.daysAhead]).toEqual(['2026-11-01', '2026-11-15', 15, 15]);
    expect(f?.spend.expected.toFixed(2)).toBe('4650.00');
    expect(f?.pacing?.projectedPct.toFixed(1)).toBe('93.0');
    expect(f?.pacing?.bandPct.toFixed(1)).toBe('11.0');
    expect(f?.pacing?.status).toBe('on_pace');
    // The remaining 2,750 over 15 days: 183.33 on average; by weekday, weights 200 / 150 and 50 / 150
    // sum to 11 × 4/3 + 4 × 1/3 = 16 → 2,750 × (4/3) / 16 = 229.17 on weekdays, 57.29 at weekends.
    expect(f?.dailyBudget?.average.toFixed(2)).toBe('183.33');
    expect(f?.dailyBudget?.byWeekday?.mon.toFixed(2)).toBe('229.17');
    expect(f?.dailyBudget?.byWeekday?.sat.toFixed(2)).toBe('57.29');
    expect(recommendBudget(a)).toEqual([]);
  });

  it('warns when spend will overshoot, and advises a daily cap by weekday', () => {
    // 10 × 400 + 5 × 100 = 4,500 spent; 11 × 400 + 4 × 100 = 4,800 ahead: 9,300 = 186.0 %.
    const a = analysis({ rows: weekdayWeekend(400, 100) });
    expect(learnForecast(a).map(renderLearning)).toEqual([
      '[ESTIMATED] Pacing forecast (by day of week, from 15 days of data): about $9,300.00 spent by 2026-11-30, 186.0% of the $5,000.00 budget: over pace, outside the ±11.0-point band around 100%',
    ]);
    // 500 left over 15 days = 33.33; by weekday 500 × (4/3) / 16 = 41.67 and 500 × (1/3) / 16 = 10.42.
    expect(recommendBudget(a).map(renderRecommendation)).toEqual([
      'Cap spend at $33.33 a day for the 15 days left (today included) to stay within the remaining $500.00 (by day of week: Mon $41.67, Tue $41.67, Wed $41.67, Thu $41.67, Fri $41.67, Sat $10.42, Sun $10.42): at the current daily pace the campaign would spend about $9,300.00, 186.0% of its budget, outside the ±11.0-point band around 100%',
    ]);
  });

  it('narrows its band as the end nears', () => {
    // On the 29th, 2 days are left of 30: 2 + 18 × 2 / 30 = 3.2 points.
    const late = analysis({ asOf: Date.UTC(2026, 10, 29), rows: weekdayWeekend(200, 50) });
    expect(late.forecast?.pacing?.bandPct.toFixed(1)).toBe('3.2');
  });

  it('projects the primary KPI with a range', () => {
    // Conversions 10 a weekday and 4 a weekend day: 120 so far, 11 × 10 + 4 × 4 = 126 ahead → 246.
    const a = analysis({
      rows: weekdayWeekend(200, 50),
      kpis: [kpi({ metric: 'conversions', target: 400, primary: true, actual: null })],
    });
    // Its spread is at least Poisson's, the average day (120 / 15 = 8): variance 15 × 8 plus each
    // weekday's level uncertainty, (days ahead)² × 8 / (days seen): Monday 3² × 8 / 2 = 36, Tuesday to
    // Saturday 2² × 8 / 2 = 16 each, Sunday 2² × 8 / 3 = 10.67 → 246.67, sd 15.71, ±1.96 sd = 30.78.
    const k = a.forecast?.primaryKpi;
    expect([k?.expected, k?.low, k?.high].map((v) => v?.toFixed(2))).toEqual(['246.00', '215.22', '276.78']);
  });

  it('reads weekly rows as weekly totals: a straight line over the days they cover, no weekday levels', () => {
    // A weekly export: one row a week, dated the week's Monday (Nov 2 and 9), $700 and $840. Each is
    // spread over its 7 days: $100 a day for Nov 2–8, $120 for Nov 9–15. Straight line at $110 a day
    // over the 15 days ahead: 1,540 + 1,650 = 3,190. No "Tuesday only" budget: the days are unknown.
    const weekly = [
      makeRow('Search', { date: '2026-11-02', cost: 700, clicks: 350, conversions: 35 }),
      makeRow('Search', { date: '2026-11-09', cost: 840, clicks: 420, conversions: 42 }),
    ];
    const a = analysis({ rows: weekly });
    const f = a.forecast;
    expect(f?.method).toBe('straight_line');
    expect([f?.from, f?.to, f?.daysOfData, f?.daysAhead]).toEqual(['2026-11-02', '2026-11-15', 14, 15]);
    expect(f?.spend.expected.toFixed(2)).toBe('3190.00');
    expect(f?.dailyBudget?.byWeekday).toBeNull();
    // The 14 spread days vary by 14 × 10² / 13 = 107.69 (sample variance), and as the seven days of a
    // week are one row the variance of the 15 days ahead is 7 times the daily one:
    // (15 × 107.69 + 15² × 107.69 / 14) × 7 = 23,423.08, sd 153.05, ±1.96 sd = 299.96.
    expect([f?.spend.low, f?.spend.high].map((v) => v?.toFixed(2))).toEqual(['2890.04', '3489.96']);
  });

  it('needs a running campaign and two days of rows', () => {
    expect(analysis({ rows: weekdayWeekend(200, 50).slice(0, 1) }).forecast).toBeNull();
    expect(analysis({ rows: weekdayWeekend(200, 50), asOf: Date.UTC(2026, 11, 5) }).forecast).toBeNull();
  });
});
