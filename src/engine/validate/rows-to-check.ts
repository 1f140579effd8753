import type { z } from 'zod';
import { type Campaign, campaignSchema } from '../model/campaign';
import { type ChannelMetric, channelMetricSchema } from '../model/channel-metric';
import { type Kpi, kpiSchema } from '../model/kpi';
import { type Settings, settingsSchema } from '../model/settings';
import { type Task, taskSchema } from '../model/task';
import { type TaskUpdate, taskUpdateSchema } from '../model/task-update';
import type { TrackingInput } from '../model/tracking-input';

/** A row with its index in its table, so an issue about it can point back at its cells. */
export interface Indexed<T> {
  readonly index: number;
  readonly row: T;
}

/**
 * What the cross-row checks look at. When the whole input parses, every row is here. When some rows
 * do not, the rows that parse on their own are here (with their original indexes), so the checks can
 * still report every other error in the same run; the known ids then come from every row that has
 * one, so a reference to a row that is wrong elsewhere is not called unknown.
 */
export interface RowsToCheck {
  readonly campaigns: ReadonlyArray<Indexed<Campaign>>;
  readonly tasks: ReadonlyArray<Indexed<Task>>;
  readonly kpis: ReadonlyArray<Indexed<Kpi>>;
  readonly channelMetrics: ReadonlyArray<Indexed<ChannelMetric>>;
  readonly taskUpdates: ReadonlyArray<Indexed<TaskUpdate>>;
  /** `null` when the settings themselves are invalid. */
  readonly settings: Settings | null;
  readonly knownCampaignIds: ReadonlySet<string>;
  readonly knownTaskIds: ReadonlySet<string>;
}

const indexed = <T>(rows: readonly T[]): Array<Indexed<T>> => rows.map((row, index) => ({ index, row }));

/**
 * Every row of a valid input.
 *
 * @example rowsOf(input).tasks[0] // { index: 0, row: input.tasks[0] }
 */
export function rowsOf(input: TrackingInput): RowsToCheck {
  return {
    campaigns: indexed(input.campaigns),
    tasks: indexed(input.tasks),
    kpis: indexed(input.kpis),
    channelMetrics: indexed(input.channelMetrics),
    taskUpdates: indexed(input.taskUpdates),
    settings: input.settings,
    knownCampaignIds: new Set(input.campaigns.map((c) => c.campaignId)),
    knownTaskIds: new Set(input.tasks.map((t) => t.taskId)),
  };
}

function tableOf(raw: unknown, key: string): readonly unknown[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const table: unknown = (raw as Record<string, unknown>)[key];
  return Array.isArray(table) ? table : [];
}

function validRows<T>(rows: readonly unknown[], schema: z.ZodType<T>): Array<Indexed<T>> {
  const valid: Array<Indexed<T>> = [];
  rows.forEach((candidate, index) => {
    const parsed = schema.safeParse(candidate);
    if (parsed.success) valid.push({ index, row: parsed.data });
  });
  return valid;
}

function idsOf(rows: readonly unknown[], field: string): Set<string> {
  const ids = new Set<string>();
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    const id: unknown = (row as Record<string, unknown>)[field];
    if (typeof id === 'string' && id !== '') ids.add(id);
  }
  return ids;
}

/**
 * The rows of an input that does not parse as a whole: each row that parses on its own.
 *
 * @example validRowsOf({ tasks: [validTask, { taskId: 5 }] }).tasks.length // 1
 */
export function validRowsOf(raw: unknown): RowsToCheck {
  const campaigns = tableOf(raw, 'campaigns');
  const tasks = tableOf(raw, 'tasks');
  const settings =
    typeof raw === 'object' && raw !== null
      ? settingsSchema.safeParse((raw as Record<string, unknown>)['settings'])
      : null;
  return {
    campaigns: validRows(campaigns, campaignSchema),
    tasks: validRows(tasks, taskSchema),
    kpis: validRows(tableOf(raw, 'kpis'), kpiSchema),
    channelMetrics: validRows(tableOf(raw, 'channelMetrics'), channelMetricSchema),
    taskUpdates: validRows(tableOf(raw, 'taskUpdates'), taskUpdateSchema),
    settings: settings?.success === true ? settings.data : null,
    knownCampaignIds: idsOf(campaigns, 'campaignId'),
    knownTaskIds: idsOf(tasks, 'taskId'),
  };
}
