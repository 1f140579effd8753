import { z } from 'zod';
import { campaignSchema } from './campaign';
import { channelMetricSchema } from './channel-metric';
import { kpiSchema } from './kpi';
import { settingsSchema } from './settings';
import { taskSchema } from './task';
import { taskUpdateSchema } from './task-update';

/**
 * Everything the engine reads: the workbook's input tables as typed rows. Array indexes are the
 * rows' positions in their tables, so an issue path such as `['tasks', 4, 'status']` leads back to a cell.
 */
export const trackingInputSchema = z.object({
  campaigns: z.array(campaignSchema),
  tasks: z.array(taskSchema),
  kpis: z.array(kpiSchema),
  channelMetrics: z.array(channelMetricSchema),
  taskUpdates: z.array(taskUpdateSchema),
  settings: settingsSchema,
});
export type TrackingInput = z.infer<typeof trackingInputSchema>;

/** The model's tables, as they appear first in every issue path. */
export type TableKey = Exclude<keyof TrackingInput, 'settings'> | 'settings';
