import type { ValueKind } from '../issues/issue';

/**
 * What each model field holds, for `invalid_value` issues. Fields not listed hold text (or text or
 * a number, which a person also calls text).
 */
const KINDS: ReadonlyMap<string, ReadonlyMap<string, ValueKind>> = new Map(
  Object.entries({
    campaigns: {
      budgetAllocated: 'money',
      budgetSpent: 'money',
      startAt: 'date_time',
      endAt: 'date_time',
      currency: 'currency_code',
    },
    tasks: {
      critical: 'boolean',
      estimatedHours: 'number',
      actualHours: 'number',
      dueAt: 'date',
      startedAt: 'date_time',
      completedAt: 'date_time',
      blockedSince: 'date_time',
      attempts: 'integer',
    },
    kpis: { dataEta: 'date' },
    channelMetrics: {
      date: 'date',
      impressions: 'number',
      clicks: 'number',
      conversions: 'number',
      cost: 'money',
      revenue: 'money',
      engagements: 'number',
    },
    taskUpdates: { hours: 'number', updatedAt: 'date_time', appliedAt: 'date_time' },
    settings: {
      asOf: 'date_time',
      timeZone: 'time_zone',
      currency: 'currency_code',
      retryLimit: 'integer',
      blockedEscalationHours: 'number',
      performanceThresholdPct: 'percent',
      budgetFlagSpentPct: 'percent',
      budgetFlagCompletionPct: 'percent',
      minClicksForComparison: 'number',
      dataEta: 'date',
      timelineAtRiskGapPct: 'percent',
      timelineDelayedGapPct: 'percent',
      numberFormat: 'number_style',
    },
  }).map(([table, fields]) => [table, new Map(Object.entries(fields) as Array<[string, ValueKind]>)]),
);

/**
 * The kind of value a field of a table holds.
 *
 * @example valueKind('tasks', 'dueAt') // 'date'
 * @example valueKind('tasks', 'title') // 'text'
 */
export function valueKind(table: string, field: string): ValueKind {
  return KINDS.get(table)?.get(field) ?? 'text';
}
