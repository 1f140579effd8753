import { z } from 'zod';
import { TASK_STATUSES } from './statuses';
import { instantSchema, nonNegativeSchema, textOrNumberSchema } from './primitives';

/** One row of the Tasks table. The tool writes status, the timestamps, blocker, attempts and hours back. */
export const taskSchema = z.object({
  taskId: z.string().min(1),
  campaignId: z.string().min(1),
  title: z.string().min(1),
  status: z.enum(TASK_STATUSES),
  critical: z.boolean(),
  dependsOn: z.array(z.string().min(1)),
  expectedResult: textOrNumberSchema.nullable(),
  actualResult: textOrNumberSchema.nullable(),
  estimatedHours: nonNegativeSchema.nullable(),
  actualHours: nonNegativeSchema.nullable(),
  /** Deadline instant: a date-only Due Date means the end of that day. */
  dueAt: instantSchema.nullable(),
  startedAt: instantSchema.nullable(),
  completedAt: instantSchema.nullable(),
  blockedSince: instantSchema.nullable(),
  blocker: z.string().nullable(),
  attempts: z.number().int().nonnegative(),
});
export type Task = z.infer<typeof taskSchema>;
