import fc from 'fast-check';
import { DERIVED_METRICS } from '../analysis/campaign-analysis';
import type { Campaign } from '../model/campaign';
import type { ChannelMetric } from '../model/channel-metric';
import type { Kpi } from '../model/kpi';
import type { LocalDate } from '../model/primitives';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import { TASK_STATUSES, UPDATE_STATUSES } from '../model/statuses';
import type { Task } from '../model/task';
import type { TaskUpdate } from '../model/task-update';
import type { TrackingInput } from '../model/tracking-input';

/**
 * fast-check arbitraries of valid `TrackingInput`s for property tests: 1–3 campaigns (the first one
 * active), their tasks (dependencies only on earlier tasks of the same campaign, so no cycle), KPIs
 * with targets in the forms users write, ChannelMetrics rows with money to the cent or the tenth of a
 * cent, and a TaskUpdates inbox mixing valid, invalid and already processed rows. `settings.asOf` is
 * always set (somewhere from a week before the first campaign starts to ten days after it ends).
 */

const DAY = 86_400_000;
const HOUR = 3_600_000;
const BASE = Date.UTC(2026, 0, 1);

const money = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }).map((cents) => cents / 100),
  fc.integer({ min: 0, max: 2_000_000 }).map((mills) => mills / 1000),
);
const text = fc.constantFrom(
  'Brief',
  'Landing page',
  'Legal review',
  '=SUM(A1:A9)',
  'Émail – été',
  '+1 follow-up',
);
const CHANNELS = ['Search', 'Display', 'LinkedIn', 'Email', '@mentions'];
const TARGETS: readonly (string | number)[] = [
  100,
  500,
  1500,
  2.5,
  '3.5%',
  '$80',
  '≤ 80',
  'max 40',
  '2.4x',
  '1,000',
  '€250',
];

const localDate = (at: number): LocalDate => new Date(at).toISOString().slice(0, 10);

function campaignArb(index: number): fc.Arbitrary<Campaign> {
  return fc
    .record({
      status:
        index === 0
          ? fc.constant('active' as const)
          : fc.constantFrom('active', 'paused', 'completed', 'cancelled'),
      budgetAllocated: fc.integer({ min: 1, max: 5_000_000 }).map((c) => c / 100),
      budgetSpent: fc.option(money, { nil: null }),
      startDay: fc.integer({ min: 0, max: 300 }),
      startHour: fc.integer({ min: 0, max: 23 }),
      days: fc.integer({ min: 1, max: 90 }),
      currency: fc.constantFrom(null, 'USD', 'EUR', 'JPY'),
    })
    .map((r) => {
      const startAt = BASE + r.startDay * DAY + r.startHour * HOUR;
      return {
        campaignId: `C${index + 1}`,
        missionId: `M${index + 1}`,
        name: `Campaign ${index + 1}`,
        status: r.status,
        budgetAllocated: r.budgetAllocated,
        budgetSpent: r.budgetSpent,
        startAt,
        endAt: startAt + r.days * DAY,
        currency: r.currency,
      };
    });
}

function tasksArb(c: Campaign, firstNumber: number, asOf: number): fc.Arbitrary<Task[]> {
  return fc
    .array(
      fc.record({
        status: fc.constantFrom(...TASK_STATUSES),
        critical: fc.boolean(),
        deps: fc.array(fc.nat(), { maxLength: 2 }),
        title: text,
        estimatedHours: fc.option(
          fc.integer({ min: 0, max: 400 }).map((h) => h / 10),
          { nil: null },
        ),
        actualHours: fc.option(
          fc.integer({ min: 0, max: 400 }).map((h) => h / 10),
          { nil: null },
        ),
        dueAt: fc.option(
          fc.integer({ min: 0, max: c.endAt - c.startAt }).map((d) => c.startAt + d),
          { nil: null },
        ),
        blockedHours: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
        blocker: fc.option(text, { nil: null }),
        attempts: fc.integer({ min: 0, max: 3 }),
      }),
      { maxLength: 6 },
    )
    .map((rows) =>
      rows.map((r, i): Task => {
        const earlier = Array.from({ length: i }, (_, k) => `T${firstNumber + k}`);
        const dependsOn =
          earlier.length === 0 ? [] : [...new Set(r.deps.map((d) => earlier[d % earlier.length] ?? ''))];
        return {
          taskId: `T${firstNumber + i}`,
          campaignId: c.campaignId,
          title: r.title,
          status: r.status,
          critical: r.critical,
          dependsOn,
          expectedResult: null,
          actualResult: null,
          estimatedHours: r.estimatedHours,
          actualHours: r.actualHours,
          dueAt: r.dueAt,
          startedAt: null,
          completedAt: null,
          blockedSince:
            r.status === 'blocked' && r.blockedHours !== null ? asOf - r.blockedHours * HOUR : null,
          blocker: r.status === 'blocked' ? r.blocker : null,
          attempts: r.attempts,
        };
      }),
    );
}

function kpisArb(c: Campaign): fc.Arbitrary<Kpi[]> {
  return fc
    .array(
      fc.record({
        metric: fc.constantFrom(...DERIVED_METRICS, 'signups', 'Conversion Rate'),
        target: fc.constantFrom(...TARGETS),
        actual: fc.option(
          fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.constantFrom('12%', '$40', '1.8x')),
          {
            freq: 2,
            nil: null,
          },
        ),
        actualSource: fc.constantFrom('measured' as const, 'estimated' as const),
        dataEta: fc.option(fc.constant(localDate(c.endAt)), { nil: null }),
      }),
      { maxLength: 4 },
    )
    .map((rows) =>
      rows.map((r, i): Kpi => ({ campaignId: c.campaignId, ...r, type: i === 0 ? 'primary' : 'secondary' })),
    );
}

const orBlank = <T>(figure: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ arbitrary: figure, weight: 9 }, { arbitrary: fc.constant(null), weight: 1 });

function rowsArb(c: Campaign): fc.Arbitrary<ChannelMetric[]> {
  const days = Math.max(1, Math.round((c.endAt - c.startAt) / DAY));
  return fc
    .array(
      fc.record({
        channel: fc.constantFrom(...CHANNELS),
        adCampaign: fc.constantFrom(null, 'Brand', 'Generic', 'brand '),
        day: fc.option(fc.integer({ min: 0, max: days - 1 }), { nil: null }),
        // A blank figure (null) is one the platform did not report: about one row in ten.
        impressions: orBlank(fc.integer({ min: 0, max: 200_000 })),
        clicks: orBlank(fc.integer({ min: 0, max: 6_000 })),
        conversions: orBlank(
          fc.oneof(
            fc.integer({ min: 0, max: 300 }),
            fc.integer({ min: 0, max: 600 }).map((n) => n / 2),
          ),
        ),
        cost: orBlank(money),
        revenue: fc.option(money, { nil: null }),
        engagements: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
        source: fc.constantFrom('measured' as const, 'measured' as const, 'estimated' as const),
      }),
      { maxLength: 8 },
    )
    .map((rows) =>
      rows.map(({ day, ...r }): ChannelMetric => ({
        campaignId: c.campaignId,
        ...r,
        date: day === null ? null : localDate(c.startAt + day * DAY),
      })),
    );
}

function updatesArb(taskIds: readonly string[], asOf: number): fc.Arbitrary<TaskUpdate[]> {
  return fc
    .array(
      fc.record({
        taskId:
          taskIds.length === 0
            ? fc.constant('T404')
            : fc.oneof(fc.constantFrom(...taskIds), fc.constant('T404')),
        newStatus: fc.constantFrom(...UPDATE_STATUSES, 'done', 'Completed'),
        result: fc.option(fc.oneof(text, fc.integer({ min: 0, max: 900 })), { nil: null }),
        blockers: fc.constantFrom([], ['Legal review'], ['Budget sign-off', 'Assets']).map((b) => [...b]),
        hours: fc.option(
          fc.integer({ min: 0, max: 80 }).map((h) => h / 4),
          { nil: null },
        ),
        updatedHoursAgo: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
        processed: fc.boolean(),
      }),
      { maxLength: 6 },
    )
    .map((rows) =>
      rows.map(({ updatedHoursAgo, processed, ...r }): TaskUpdate => ({
        ...r,
        updatedAt: updatedHoursAgo === null ? null : asOf - updatedHoursAgo * HOUR,
        appliedAt: processed ? asOf - DAY : null,
        outcome: processed ? 'applied' : null,
      })),
    );
}

function settingsArb(asOf: number): fc.Arbitrary<Settings> {
  return fc
    .record({
      timeZone: fc.constantFrom('UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata'),
      minClicksForComparison: fc.constantFrom(0, 50, 100),
      dataEta: fc.constantFrom(null, '2026-12-31'),
      currency: fc.constantFrom(null, 'EUR'),
    })
    .map((s) => ({ ...DEFAULT_SETTINGS, ...s, asOf }));
}

/** A valid TrackingInput (see the module comment). */
export function arbitraryTrackingInput(): fc.Arbitrary<TrackingInput> {
  return fc
    .integer({ min: 1, max: 3 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => campaignArb(i))))
    .chain((campaigns) => {
      const first = campaigns[0] as Campaign;
      const asOfArb = fc
        .integer({ min: -7 * 24, max: Math.round((first.endAt - first.startAt) / HOUR) + 10 * 24 })
        .map((h) => first.startAt + h * HOUR);
      return fc.tuple(fc.constant(campaigns), asOfArb);
    })
    .chain(([campaigns, asOf]) => {
      const taskArbs = campaigns.map((c, i) => tasksArb(c, i * 10 + 1, asOf));
      return fc.record({
        campaigns: fc.constant(campaigns),
        tasks: fc.tuple(...taskArbs).map((lists) => lists.flat()),
        kpis: fc.tuple(...campaigns.map(kpisArb)).map((lists) => lists.flat()),
        channelMetrics: fc.tuple(...campaigns.map(rowsArb)).map((lists) => lists.flat()),
        settings: settingsArb(asOf),
      });
    })
    .chain((input) =>
      updatesArb(
        input.tasks.map((t) => t.taskId),
        input.settings.asOf ?? BASE,
      ).map((taskUpdates): TrackingInput => ({ ...input, taskUpdates })),
    );
}
