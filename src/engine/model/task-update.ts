import { z } from 'zod';
import { instantSchema, nonNegativeSchema, textOrNumberSchema } from './primitives';

/**
 * One row of the TaskUpdates inbox. `newStatus` is kept as written: an unknown value is a rejected
 * update (with its reason), not an input error, so the other updates still apply.
 */
export const taskUpdateSchema = z.object({
  taskId: z.string().min(1),
  newStatus: z.string(),
  result: textOrNumberSchema.nullable(),
  blockers: z.array(z.string().min(1)),
  hours: nonNegativeSchema.nullable(),
  updatedAt: instantSchema.nullable(),
  /** Set by the tool when the update is applied; such an update is never applied again. */
  appliedAt: instantSchema.nullable(),
  /** Set by the tool: `applied` or `rejected: <reason>`. */
  outcome: z.string().nullable(),
});
export type TaskUpdate = z.infer<typeof taskUpdateSchema>;
