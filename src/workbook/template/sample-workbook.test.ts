import fc from 'fast-check';
import { DERIVED_METRICS } from '../../engine/analysis/campaign-analysis';
import { trackingInputSchema } from '../../engine/model/tracking-input';
import { applyUpdates } from '../../engine/tasks/apply-updates';
import { validateInput } from '../../engine/validate/validate-input';
import { addDays, endOfLocalDay, localDateOf, startOfLocalDay } from '../../engine/time/zoned';
import { buildSampleWorkbook, LAUNCH_ID, SAMPLE_TIME_ZONE, WEBINAR_ID } from './sample-workbook';

const TODAY = '2026-11-24';
const HOUR = 3_600_000;
const sample = buildSampleWorkbook(TODAY);
const { input } = sample;
const tz = SAMPLE_TIME_ZONE;
const dayStart = startOfLocalDay(TODAY, tz);
const launch = input.campaigns.find((c) => c.campaignId === LAUNCH_ID);
const tasks = input.tasks.filter((t) => t.campaignId === LAUNCH_ID);
const byId = new Map(input.tasks.map((t) => [t.taskId, t]));
const count = (status: string) => tasks.filter((t) => t.status === status).length;
const metrics = input.channelMetrics.filter((m) => m.campaignId === LAUNCH_ID);
/** The sample reports every figure: a blank (null) would fail the test. */
const sum = (xs: ReadonlyArray<number | null>) => xs.reduce<number>((a, b) => a + (b ?? NaN), 0);

describe('sample workbook', () => {
  it('is a valid model', () => {
    expect(trackingInputSchema.safeParse(input).success).toBe(true);
    expect(input.settings.timeZone).toBe('America/New_York');
  });

  it('is the same for the same day', () => {
    expect(buildSampleWorkbook(TODAY)).toEqual(sample);
  });

  it('the launch is past its midpoint and not over, all day, whatever the day', () => {
    const days = fc.integer({ min: 0, max: 6000 }).map((n) => addDays('2020-01-01', n));
    fc.assert(
      fc.property(days, (today) => {
        const c = buildSampleWorkbook(today).input.campaigns[0];
        if (c === undefined) throw new Error('no campaign');
        const elapsed = (t: number) => (t - c.startAt) / (c.endAt - c.startAt);
        expect(elapsed(startOfLocalDay(today, tz))).toBeGreaterThanOrEqual(0.5);
        expect(elapsed(endOfLocalDay(today, tz))).toBeLessThan(1);
      }),
      { numRuns: 40 },
    );
  });

  it('has a USD launch with a $25,000 budget whose spend is ahead of progress', () => {
    expect(launch).toMatchObject({
      status: 'active',
      currency: 'USD',
      budgetAllocated: 25000,
      budgetSpent: null,
    });
    const spent = sum(metrics.map((m) => m.cost));
    expect(spent / 25000).toBeGreaterThan(0.8);
    expect(spent).toBeLessThan(25000);
    // After the inbox: T15 completes (6 of 16), still under half.
    expect((count('completed') + 1) / tasks.length).toBeLessThan(0.5);
  });

  it('has tasks in every state', () => {
    expect(tasks.length).toBeGreaterThanOrEqual(12);
    expect(
      ['pending', 'in_progress', 'completed', 'blocked', 'failed', 'cancelled'].map((s) => [s, count(s)]),
    ).toEqual([
      ['pending', 4],
      ['in_progress', 3],
      ['completed', 5],
      ['blocked', 2],
      ['failed', 1],
      ['cancelled', 1],
    ]);
  });

  it('has completed tasks over estimate, one late and one below its expected result', () => {
    const done = tasks.filter((t) => t.status === 'completed');
    const over = done.filter((t) => (t.actualHours ?? 0) > (t.estimatedHours ?? Infinity));
    expect(over.map((t) => t.taskId)).toEqual(['T02', 'T04']);
    const late = done.filter((t) => t.completedAt !== null && t.dueAt !== null && t.completedAt > t.dueAt);
    expect(late.map((t) => t.taskId)).toEqual(['T02']);
    const below = done.filter(
      (t) =>
        typeof t.actualResult === 'number' &&
        typeof t.expectedResult === 'number' &&
        t.actualResult < t.expectedResult,
    );
    expect(below.map((t) => t.taskId)).toEqual(['T05']);
  });

  it('has tasks blocked for more than 24 hours, one of them critical', () => {
    const blocked = tasks.filter((t) => t.status === 'blocked');
    for (const t of blocked) {
      expect(t.blocker).not.toBeNull();
      expect(dayStart - (t.blockedSince ?? dayStart)).toBeGreaterThan(24 * HOUR);
    }
    expect(blocked.filter((t) => t.critical).map((t) => t.taskId)).toEqual(['T09']);
  });

  it('has a failed task with its retries used up, and a task that depends on it', () => {
    const failed = tasks.filter((t) => t.status === 'failed');
    expect(failed.map((t) => [t.taskId, t.attempts])).toEqual([['T11', input.settings.retryLimit]]);
    expect(tasks.filter((t) => t.dependsOn.includes('T11')).map((t) => t.taskId)).toEqual(['T12']);
  });

  it('dependencies exist and form no cycle', () => {
    const visiting = new Set<string>();
    const depth = (id: string): number => {
      if (visiting.has(id)) throw new Error(`cycle at ${id}`);
      visiting.add(id);
      const deps = byId.get(id)?.dependsOn ?? [];
      const d = 1 + Math.max(0, ...deps.map(depth));
      visiting.delete(id);
      return d;
    };
    for (const t of input.tasks) {
      for (const d of t.dependsOn) expect(byId.has(d)).toBe(true);
      expect(depth(t.taskId)).toBeGreaterThan(0);
    }
    expect(new Set(input.tasks.map((t) => t.taskId)).size).toBe(input.tasks.length);
  });

  it('has daily rows for four channels since the start, a few estimated, enough clicks to compare', () => {
    const channels = [...new Set(metrics.map((m) => m.channel))];
    expect(channels).toEqual(['LinkedIn', 'Google Ads – Search', 'Meta', 'Display']);
    const first = localDateOf(launch?.startAt ?? 0, tz);
    for (const channel of channels) {
      const rows = metrics.filter((m) => m.channel === channel);
      // 24 days, from the start to yesterday.
      expect(rows.map((m) => m.date)).toEqual(Array.from({ length: 24 }, (_, i) => addDays(first, i)));
      expect(sum(rows.map((m) => m.clicks))).toBeGreaterThanOrEqual(input.settings.minClicksForComparison);
    }
    expect(metrics.filter((m) => m.source === 'estimated').length).toBe(3);
    const cpa = (channel: string) => {
      const rows = metrics.filter((m) => m.channel === channel);
      return sum(rows.map((m) => m.cost)) / sum(rows.map((m) => m.conversions));
    };
    expect(cpa('Display') / cpa('Google Ads – Search')).toBeGreaterThan(2);
  });

  it('has a primary conversions KPI behind target, secondary KPIs and one waiting for data', () => {
    const kpis = input.kpis.filter((k) => k.campaignId === LAUNCH_ID);
    expect(kpis.filter((k) => k.type === 'primary').map((k) => k.metric)).toEqual(['conversions']);
    const conversions = sum(metrics.map((m) => m.conversions));
    expect(conversions / 450).toBeLessThan(0.5);
    expect(kpis.map((k) => k.metric)).toEqual(expect.arrayContaining(['ctr', 'roas', 'cost', 'cpa']));
    const pending = kpis.filter(
      (k) => k.actual === null && !(DERIVED_METRICS as readonly string[]).includes(k.metric),
    );
    expect(pending.map((k) => [k.metric, k.dataEta])).toEqual([['MQLs', addDays(TODAY, 3)]]);
  });

  it('has an inbox that exercises the transitions', () => {
    const open = input.taskUpdates.filter((u) => u.appliedAt === null);
    const asked = open.map((u) => [u.taskId, byId.get(u.taskId)?.status, u.newStatus]);
    expect(asked).toEqual([
      ['T14', 'pending', 'in_progress'],
      ['T15', 'in_progress', 'completed'],
      // T08 depends on T06, still in progress: rejected.
      ['T08', 'pending', 'in_progress'],
      ['T07', 'in_progress', 'retry'],
      // completed → in_progress is not a transition: rejected.
      ['T05', 'completed', 'in_progress'],
      ['T16', 'pending', 'cancelled'],
    ]);
    expect(byId.get('T06')?.status).toBe('in_progress');
    expect(open.find((u) => u.newStatus === 'cancelled')?.result).toBeTruthy();
    for (const u of open) expect(u.updatedAt ?? Infinity).toBeLessThan(dayStart);
    expect(input.taskUpdates.filter((u) => u.appliedAt !== null).map((u) => u.outcome)).toEqual(['applied']);
  });

  it('has a second, paused campaign in EUR', () => {
    expect(input.campaigns.find((c) => c.campaignId === WEBINAR_ID)).toMatchObject({
      status: 'paused',
      currency: 'EUR',
    });
    expect(input.tasks.filter((t) => t.campaignId === WEBINAR_ID)).toHaveLength(3);
  });
});

describe('sample workbook through the engine', () => {
  it('passes input validation', () => {
    const checked = validateInput(input);
    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.warnings).toEqual([]);
  });

  it('its inbox applies four updates and rejects the two it should', () => {
    const asOf = startOfLocalDay(TODAY, tz) + 12 * HOUR;
    const applied = applyUpdates({
      tasks: input.tasks,
      updates: input.taskUpdates,
      asOf,
      settings: input.settings,
      trackedCampaignIds: new Set([LAUNCH_ID]),
    });
    expect(
      applied.outcomes.map((o) => [input.taskUpdates[o.updateIndex]?.taskId, o.rejection?.code ?? 'applied']),
    ).toEqual([
      ['T14', 'applied'],
      ['T15', 'applied'],
      ['T08', 'unmet_dependencies'],
      ['T07', 'applied'],
      ['T05', 'illegal_transition'],
      ['T16', 'applied'],
    ]);
    const after = new Map(applied.tasks.map((t) => [t.taskId, t]));
    expect(after.get('T07')).toMatchObject({ status: 'in_progress', attempts: 1 });
    expect(after.get('T15')?.status).toBe('completed');
    expect(after.get('T16')?.status).toBe('cancelled');
    const launchAfter = applied.tasks.filter((t) => t.campaignId === LAUNCH_ID);
    const completed = launchAfter.filter((t) => t.status === 'completed').length;
    // 6 of 16 completed: 37.5 % < Budget Flag Completion % (50), while over 80 % of the budget is spent.
    expect(completed / launchAfter.length).toBe(6 / 16);
  });
});
