import { z } from 'zod';
import { DATA_SOURCES, KPI_TYPES } from './statuses';
import { localDateSchema, textOrNumberSchema } from './primitives';

/**
 * One row of the KPIs table (a campaign's `target_metrics`). Target and Actual stay as the user wrote
 * them (`500`, `3.5%`, `$80`, `≤ 80`, `2.4x`); a number shown with a percent format in the workbook
 * arrives here as text with a `%` sign.
 */
export const kpiSchema = z.object({
  campaignId: z.string().min(1),
  metric: z.string().min(1),
  target: textOrNumberSchema,
  type: z.enum(KPI_TYPES),
  actual: textOrNumberSchema.nullable(),
  actualSource: z.enum(DATA_SOURCES),
  dataEta: localDateSchema.nullable(),
});
export type Kpi = z.infer<typeof kpiSchema>;
