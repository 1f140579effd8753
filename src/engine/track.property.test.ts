import fc from 'fast-check';
import { analyzeCampaign } from './analysis/analyze-campaign';
import { learningFindings } from './feedback/learnings/learnings';
import { roundMoney } from './money/currency';
import { Dec, roundTo } from './money/decimal';
import { sumExact } from './money/sum';
import type { TrackingInput } from './model/tracking-input';
import { isDataPending } from './report/data-pending';
import { cmoFeedbackSchema, executionStatusReportSchema } from './report/output-schemas';
import { arbitraryTrackingInput } from './testing/arbitrary-tracking-input';
import { counterIds } from './testing/counter-ids';
import { countsAt } from './run/rows-after-report-date';
import { localDateOf } from './time/zoned';
import { track } from './track';
import type { TrackResult } from './track-types';

const RUNS = { numRuns: 150 };

function run(input: TrackingInput, runId = 'run-1'): TrackResult {
  const outcome = track(input, { asOf: input.settings.asOf ?? 0, runId, newId: counterIds() });
  if (!outcome.ok) throw new Error(`valid input refused: ${JSON.stringify(outcome.issues[0])}`);
  return outcome.result;
}

/** Every number in a JSON-like value, with its path. */
function numbers(value: unknown, path = '$'): Array<[string, number]> {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  }
  return [];
}

describe('track() over random valid inputs', () => {
  it('outputs pass both schemas and hold no NaN, Infinity or -0', () => {
    fc.assert(
      fc.property(arbitraryTrackingInput(), (input) => {
        for (const c of run(input).campaigns) {
          expect(executionStatusReportSchema.safeParse(c.report).success).toBe(true);
          expect(cmoFeedbackSchema.safeParse(c.feedback).success).toBe(true);
          const bad = numbers([c.report, c.feedback, c.snapshot]).filter(
            ([, n]) => !Number.isFinite(n) || Object.is(n, -0),
          );
          expect(bad).toEqual([]);
          expect(JSON.stringify(c)).not.toMatch(/NaN|Infinity|undefined/);
        }
      }),
      RUNS,
    );
  });

  it('task summary buckets add up to the total, which counts every task of the campaign', () => {
    fc.assert(
      fc.property(arbitraryTrackingInput(), (input) => {
        for (const c of run(input).campaigns) {
          const { total, ...buckets } = c.report.task_summary;
          expect(Object.values(buckets).reduce((a, b) => a + b, 0)).toBe(total);
          expect(total).toBe(input.tasks.filter((t) => t.campaignId === c.campaignId).length);
        }
      }),
      RUNS,
    );
  });

  it('money is the exact decimal sum rounded once to the currency minor unit', () => {
    fc.assert(
      fc.property(arbitraryTrackingInput(), (input) => {
        for (const c of run(input).campaigns) {
          const campaign = input.campaigns.find((x) => x.campaignId === c.campaignId);
          // Rows dated after the report date are left out of every figure.
          const counts = countsAt(localDateOf(input.settings.asOf ?? 0, input.settings.timeZone));
          const rows = input.channelMetrics.filter((r) => r.campaignId === c.campaignId && counts(r));
          const currency = c.feedback.currency;
          const reported = rows.flatMap((r) => (r.cost === null ? [] : [r.cost]));
          const cost = sumExact(reported);
          if (reported.length > 0) expect(c.feedback.metrics.cost).toBe(roundMoney(cost, currency));
          if (campaign === undefined) throw new Error(`no campaign ${c.campaignId}`);
          const spent = campaign.budgetSpent === null ? cost : new Dec(campaign.budgetSpent);
          const allocated = new Dec(campaign.budgetAllocated);
          expect(c.report.budget_status.spent).toBe(roundMoney(spent, currency) + 0);
          expect(c.report.budget_status.remaining).toBe(roundMoney(allocated.minus(spent), currency) + 0);
          expect(c.snapshot.budget_status).toEqual(c.report.budget_status);
        }
      }),
      RUNS,
    );
  });

  it('blank figures are never counted as zeros: sums of what was reported, pending when nothing was, rates over rows reporting both', () => {
    const reportedSum = (xs: ReadonlyArray<number | null>) =>
      xs.some((x) => x !== null) ? roundTo(sumExact(xs.filter((x): x is number => x !== null)), 2) : null;
    fc.assert(
      fc.property(arbitraryTrackingInput(), (input) => {
        // Rows dated after the report date are left out of every figure.
        const counts = countsAt(localDateOf(input.settings.asOf ?? 0, input.settings.timeZone));
        for (const c of run(input).campaigns) {
          const rows = input.channelMetrics.filter((r) => r.campaignId === c.campaignId && counts(r));
          if (rows.length === 0) continue;
          const m = c.feedback.metrics;
          for (const figure of ['impressions', 'clicks', 'conversions'] as const) {
            const expected = reportedSum(rows.map((r) => r[figure]));
            if (expected === null) expect(isDataPending(m[figure])).toBe(true);
            else expect(m[figure]).toBe(expected);
          }
          const both = rows.filter((r) => r.clicks !== null && r.impressions !== null);
          const clicks = sumExact(both.map((r) => r.clicks ?? 0));
          const impressions = sumExact(both.map((r) => r.impressions ?? 0));
          if (impressions.isZero()) expect(isDataPending(m.ctr)).toBe(true);
          else expect(m.ctr).toBe(roundTo(clicks.div(impressions).times(100), 1));
          const blankRows = rows.filter((r) => r.conversions === null).length;
          const listed = c.report.data_gaps
            .filter((g) => g.figure === 'conversions')
            .reduce((n, g) => n + g.blank_rows, 0);
          expect(listed).toBe(blankRows);
        }
      }),
      RUNS,
    );
  });

  it('at least one learning, labelled; projections and estimated comparisons are never [MEASURED]', () => {
    fc.assert(
      fc.property(arbitraryTrackingInput(), (input) => {
        const result = run(input);
        for (const c of result.campaigns) {
          expect(c.feedback.learnings.length).toBeGreaterThan(0);
          for (const l of c.feedback.learnings) expect(l).toMatch(/^\[(MEASURED|ESTIMATED|INFERENCE)\] \S/);
          const campaign = input.campaigns.find((x) => x.campaignId === c.campaignId);
          if (campaign === undefined) throw new Error('campaign');
          const analysis = analyzeCampaign({ campaign, input, tasks: result.tasks, asOf: result.asOf });
          const estimated = new Set(
            analysis.channels.filter((ch) => ch.estimatedRows > 0).map((ch) => ch.channel),
          );
          const measuredKpis = new Set(
            analysis.kpis.filter((k) => k.label === '[MEASURED]').map((k) => k.metric),
          );
          for (const f of learningFindings(analysis)) {
            if (f.code === 'kpi_projection') expect(f.label).toBe('[ESTIMATED]');
            if (f.code === 'channel_comparison') {
              const { better, worse } = f.comparison;
              const involved = estimated.has(better.channel) || estimated.has(worse.channel);
              expect(f.label).toBe(involved ? '[ESTIMATED]' : '[MEASURED]');
            }
            if ((f.code === 'kpi_pace' || f.code === 'kpi_level') && f.label === '[MEASURED]') {
              expect(measuredKpis.has(f.kpi.metric)).toBe(true);
            }
          }
          if (analysis.totals.estimatedRows > 0) {
            expect(Object.values(c.feedback.metric_labels)).not.toContain('[MEASURED]');
          }
          expect(c.feedback.recommendations.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbitraryTrackingInput(), (input) => {
        expect(run(input)).toEqual(run(input));
      }),
      { numRuns: 50 },
    );
  });

  it('running on its own written-back result applies nothing twice', () => {
    fc.assert(
      fc.property(arbitraryTrackingInput(), (input) => {
        const first = run(input);
        const outcomes = new Map(first.updateOutcomes.map((o) => [o.updateIndex, o]));
        const written: TrackingInput = {
          ...input,
          tasks: [...first.tasks],
          taskUpdates: input.taskUpdates.map((u, i) => {
            const o = outcomes.get(i);
            return o === undefined ? u : { ...u, appliedAt: o.appliedAt, outcome: o.outcome };
          }),
        };
        const second = run(written, 'run-2');
        expect(second.taskChanges).toEqual([]);
        expect(second.updateOutcomes).toEqual([]);
        expect(second.tasks).toEqual(first.tasks);
      }),
      RUNS,
    );
  });
});
