import { counterIds } from '../testing/counter-ids';
import { track } from '../track';
import { AS_OF, springWebinar } from './spring-webinar.input';

/*
 * The Spring webinar (spring-webinar.test.ts) with Display's conversions not reported, as a Google
 * Ads report shows `--`: the row's Conversions cell is blank.
 *
 * Conversions: Search 20 + 10, Email 4 (estimated) = 34 reported; Display's one row is blank.
 * KPI conversions: 34 / 100 = 34.0 % — the actual names the gap.
 * KPI CPA ≤ $45: over the rows reporting cost and conversions — Search 900.00 + Email 0 = 900 / 34 =
 * 26.4706 → $26.47; 45 / 26.4706 = 170.0 %. Display's $540.555 is not divided by a zero.
 * Feedback metrics: conversions 34; CPA 26.47; conversion rate 34 / (600 + 50) = 5.23 % → 5.2
 * (Display's 300 clicks are left out with its conversions); cost and CTR as before (1,440.56; 2.2).
 * Channels: Search and Display have ≥ 100 clicks; CTR is compared as before (about 5.0×); CPA is not
 * (Display reports no conversions), so no budget shift rests on it.
 */

function run() {
  const input = {
    ...springWebinar,
    channelMetrics: springWebinar.channelMetrics.map((r) =>
      r.channel === 'Display' ? { ...r, conversions: null } : r,
    ),
  };
  const outcome = track(input, { asOf: AS_OF, runId: 'run-1', newId: counterIds() });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  const [c] = outcome.result.campaigns;
  if (c === undefined) throw new Error('one campaign expected');
  return c;
}

describe('a blank figure is missing, not zero, and tracking goes on', () => {
  const { report, feedback } = run();
  const gap = { channel: 'Display', figure: 'conversions', blank_rows: 1, rows: 1 };

  it('KPIs count what was reported and say where figures are missing', () => {
    expect(
      report.performance_vs_target.map((k) => [k.metric, k.actual, k.pct_of_target, k.label, k.data_gaps]),
    ).toEqual([
      ['conversions', '34 (conversions not reported by Display (1 row))', 34, '[ESTIMATED]', [gap]],
      ['cpa', '$26.47 (conversions not reported by Display (1 row))', 170, '[ESTIMATED]', [gap]],
      ['signups', 'DATA PENDING — ETA: 2026-03-20', 'DATA PENDING — ETA: 2026-03-20', '[PENDING]', []],
    ]);
  });

  it('the report and the feedback list the gaps; the channel shows its blanks', () => {
    expect(report.data_gaps).toEqual([gap]);
    expect(feedback.data_gaps).toEqual([gap]);
    const display = report.channel_breakdown.find((c) => c.channel === 'Display');
    expect(display).toEqual(
      expect.objectContaining({
        conversions: 0,
        cpa: null,
        conversion_rate_pct: null,
        rows: 1,
        blank_rows: { impressions: 0, clicks: 0, conversions: 1, cost: 0 },
      }),
    );
  });

  it('feedback metrics: sums of the reported values, rates over the rows reporting both figures', () => {
    expect(feedback.metrics).toEqual(
      expect.objectContaining({ conversions: 34, cost: 1440.56, ctr: 2.2, conversion_rate: 5.2, cpa: 26.47 }),
    );
  });

  it('learnings never rest on the blank as a zero: no CPA comparison, no projection, the gap named', () => {
    expect(feedback.learnings).toEqual(
      expect.arrayContaining([
        "[ESTIMATED] conversions reached 34 of the 100 target (34.0%) with 50.0% of the campaign's time elapsed; counted where reported: conversions not reported by Display (1 row)",
      ]),
    );
    expect(feedback.learnings.some((l) => l.includes('projected') || l.includes('straight-line'))).toBe(
      false,
    );
    expect(feedback.learnings.some((l) => l.includes('CPA was') || l.includes('0 conversions'))).toBe(false);
    expect(feedback.learnings.some((l) => l.includes("Search's CTR was about 5.0× Display's"))).toBe(true);
  });

  it('recommendations never rest on the blank: no shift, no catch-up on conversions; the blanks are named', () => {
    expect(feedback.recommendations.some((r) => r.startsWith('Shift'))).toBe(false);
    expect(feedback.recommendations.some((r) => r.startsWith('Raise conversions'))).toBe(false);
    expect(feedback.recommendations).toContain(
      'Fill the blank ChannelMetrics figures where the platform reports them (conversions not reported by Display (1 row)); until then every total and rate counts only the rows that report its figures',
    );
  });
});
