import type { z } from 'zod';

/**
 * An output checked against its schema before anything is written. A mismatch is a bug in the
 * engine, never the user's input: it throws, naming the schema and the path of the first problem.
 *
 * @example checkedOutput(cmoFeedbackSchema, 'CmoFeedback', feedback) // feedback, or throws 'CmoFeedback.metrics.ctr: …'
 */
export function checkedOutput<T>(schema: z.ZodType<T>, name: string, value: T): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return value;
  const first = parsed.error.issues[0];
  const where = [name, ...(first?.path ?? []).map(String)].join('.');
  throw new Error(
    `${where}: ${first?.message ?? 'does not match its schema'} (engine bug: please report it)`,
  );
}
