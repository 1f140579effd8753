import { z } from 'zod';
import type { Instant } from '../../engine/model/primitives';
import { TASK_STATUSES } from '../../engine/model/statuses';
import type { Task } from '../../engine/model/task';
import { isoTimestamp, parseIsoInstant } from '../../engine/time/iso';

/** The tracked fields of a task a run may change, as the Task Log's Before column keeps them. */
export type TaskBefore = Pick<
  Task,
  | 'status'
  | 'startedAt'
  | 'completedAt'
  | 'blockedSince'
  | 'blocker'
  | 'attempts'
  | 'actualHours'
  | 'actualResult'
>;

const instant = z
  .string()
  .nullable()
  .transform((text, ctx): Instant | null => {
    if (text === null) return null;
    const parsed = parseIsoInstant(text);
    if (parsed === null) ctx.addIssue({ code: 'custom', message: 'not an ISO 8601 instant' });
    return parsed;
  });

const beforeSchema = z.object({
  status: z.enum(TASK_STATUSES),
  startedAt: instant,
  completedAt: instant,
  blockedSince: instant,
  blocker: z.string().nullable(),
  attempts: z.number().int().nonnegative(),
  actualHours: z.number().finite().nonnegative().nullable(),
  actualResult: z.union([z.string(), z.number().finite()]).nullable(),
});

const iso = (at: Instant | null): string | null => (at === null ? null : isoTimestamp(at));

/**
 * The Before cell of a Task Log row: the task's tracked fields as JSON, instants in ISO 8601 UTC.
 *
 * @example beforeJson(task) // '{"status":"pending","startedAt":null,…,"attempts":0,"actualHours":null,"actualResult":null}'
 */
export function beforeJson(task: TaskBefore): string {
  return JSON.stringify({
    status: task.status,
    startedAt: iso(task.startedAt),
    completedAt: iso(task.completedAt),
    blockedSince: iso(task.blockedSince),
    blocker: task.blocker,
    attempts: task.attempts,
    actualHours: task.actualHours,
    actualResult: task.actualResult,
  });
}

/**
 * The tracked fields a Before cell holds, or `null` when it is blank or not what `beforeJson` writes.
 *
 * @example parseBefore(beforeJson(task)) // { status: 'pending', startedAt: null, … }
 */
export function parseBefore(text: string | null): TaskBefore | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = beforeSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
