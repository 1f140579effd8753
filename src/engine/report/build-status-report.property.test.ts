import fc from 'fast-check';
import { analyzeCampaign } from '../analysis/analyze-campaign';
import { DERIVED_METRICS } from '../analysis/campaign-analysis';
import { TASK_STATUSES } from '../model/statuses';
import type { TrackingInput } from '../model/tracking-input';
import {
  DAY,
  makeCampaign,
  makeInput,
  makeKpi,
  makeRow,
  makeSettings,
  makeTask,
  START,
} from '../testing/fixtures';
import { buildStatusReport } from './build-status-report';
import { executionStatusReportSchema } from './output-schemas';

const money = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 100),
);
const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000_000 }));
const instant = fc.integer({ min: START - 10 * DAY, max: START + 60 * DAY });
const ids = Array.from({ length: 12 }, (_, i) => `T${i}`);

const arbTask = (i: number) =>
  fc.record({
    status: fc.constantFrom(...TASK_STATUSES),
    critical: fc.boolean(),
    dependsOn: fc.subarray(ids.slice(0, i)),
    dueAt: fc.option(instant),
    blockedSince: fc.option(instant),
    blocker: fc.option(fc.string()),
    attempts: fc.integer({ min: 0, max: 5 }),
  });

const arbInput: fc.Arbitrary<{ input: TrackingInput; asOf: number }> = fc
  .record({
    allocated: money,
    spent: fc.option(money),
    days: fc.integer({ min: 1, max: 90 }),
    currency: fc.constantFrom('USD', 'JPY', 'EUR', 'BHD', null),
    tasks: fc
      .integer({ min: 0, max: 12 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbTask(i)))),
    kpis: fc.array(
      fc.record({
        metric: fc.constantFrom(...DERIVED_METRICS, 'MQLs', 'Conversion Rate'),
        target: fc.constantFrom('500', '1,000', '3.5%', '$80', '≤ 80', 'max 2', '2.4x', '250%', 0.5, 12),
        primary: fc.boolean(),
        actual: fc.constantFrom(null, '3.2%', 120, 0, 'n/a', '1.1x'),
        estimated: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
    rows: fc.array(
      fc.record({
        channel: fc.constantFrom('LinkedIn', 'Search', 'Display'),
        impressions: count,
        clicks: count,
        conversions: fc.oneof(
          count,
          fc.integer({ min: 0, max: 10_000 }).map((n) => n / 4),
        ),
        cost: money,
        revenue: fc.option(money),
        engagements: fc.option(count),
        estimated: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
    asOf: instant,
    thresholds: fc.record({
      performanceThresholdPct: fc.integer({ min: 1, max: 150 }),
      budgetFlagSpentPct: fc.integer({ min: 0, max: 150 }),
      budgetFlagCompletionPct: fc.integer({ min: 0, max: 100 }),
      blockedEscalationHours: fc.integer({ min: 1, max: 100 }),
    }),
  })
  .map((g) => ({
    asOf: g.asOf,
    input: makeInput({
      campaigns: [
        makeCampaign({
          budgetAllocated: g.allocated,
          budgetSpent: g.spent,
          endAt: START + g.days * DAY,
          currency: g.currency,
        }),
      ],
      tasks: g.tasks.map((t, i) => makeTask(`T${i}`, t)),
      kpis: g.kpis.map((k) =>
        makeKpi(k.metric, k.target, {
          type: k.primary ? 'primary' : 'secondary',
          actual: k.actual,
          actualSource: k.estimated ? 'estimated' : 'measured',
        }),
      ),
      channelMetrics: g.rows.map((r) =>
        makeRow(r.channel, { ...r, source: r.estimated ? 'estimated' : 'measured' }),
      ),
      settings: makeSettings(g.thresholds),
    }),
  }));

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('buildStatusReport on random campaigns', () => {
  it('always passes its schema, with finite numbers and task buckets that add up', () => {
    fc.assert(
      fc.property(arbInput, ({ input, asOf }) => {
        const campaign = input.campaigns[0];
        if (campaign === undefined) throw new Error('no campaign');
        const analysis = analyzeCampaign({ campaign, input, tasks: input.tasks, asOf });
        const report = buildStatusReport(analysis, {
          reportId: '6f1c2f9e-3b7a-4c1d-9e2f-0a1b2c3d4e5f',
          runId: 'r',
          completedTasks: [],
        });
        const parsed = executionStatusReportSchema.safeParse(report);
        expect(parsed.error).toBeUndefined();
        expect(numbersIn(report).every(Number.isFinite)).toBe(true);
        const s = report.task_summary;
        expect(s.completed + s.in_progress + s.pending + s.blocked + s.failed + s.cancelled).toBe(s.total);
      }),
      { numRuns: 200 },
    );
  });
});
