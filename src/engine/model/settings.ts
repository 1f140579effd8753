import { z } from 'zod';
import { currencySchema, instantSchema, localDateSchema } from './primitives';

/**
 * How the workbook writes numbers typed as text: a decimal point with comma groups, or a decimal
 * comma with point groups (docs/workbook.md, "Numbers and money written as text").
 */
export const NUMBER_STYLES = ['1,234.56', '1.234,56'] as const;
export type NumberStyle = (typeof NUMBER_STYLES)[number];

/**
 * The Settings table (Key, Value). Every rule threshold comes from here; `DEFAULT_SETTINGS` holds the
 * defaults of product.md §2. The two timeline gaps are this project's own keys (docs/rules.md).
 */
export const settingsSchema = z.object({
  /** Report time; `null` means the host's clock at the start of the run. */
  asOf: instantSchema.nullable(),
  /** IANA time zone used to read cell dates and to print local dates. */
  timeZone: z.string().min(1),
  currency: currencySchema.nullable(),
  retryLimit: z.number().int().min(1),
  blockedEscalationHours: z.number().finite().positive(),
  performanceThresholdPct: z.number().finite().positive(),
  budgetFlagSpentPct: z.number().finite().nonnegative(),
  budgetFlagCompletionPct: z.number().finite().nonnegative(),
  minClicksForComparison: z.number().finite().nonnegative(),
  dataEta: localDateSchema.nullable(),
  /** Completion may trail expected progress by this many points before the timeline is at risk. */
  timelineAtRiskGapPct: z.number().finite().nonnegative(),
  /** …and by this many before it is delayed. */
  timelineDelayedGapPct: z.number().finite().nonnegative(),
  /** `null`: not said; a money text such as `25.000` that reads two ways is then refused. */
  numberFormat: z.enum(NUMBER_STYLES).nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

// The defaults live in a module without zod, so code that only needs them (the OPS worksheet
// functions) does not carry the schema library into its bundle.
export { DEFAULT_SETTINGS } from './default-settings';

/** Settings keys as a user writes them in the Settings table, by model field. */
export const SETTINGS_KEYS: Readonly<Record<keyof Settings, string>> = Object.freeze({
  asOf: 'As Of',
  timeZone: 'Time Zone',
  currency: 'Currency',
  retryLimit: 'Retry Limit',
  blockedEscalationHours: 'Blocked Escalation Hours',
  performanceThresholdPct: 'Performance Threshold %',
  budgetFlagSpentPct: 'Budget Flag Spent %',
  budgetFlagCompletionPct: 'Budget Flag Completion %',
  minClicksForComparison: 'Min Clicks For Comparison',
  dataEta: 'Data ETA',
  timelineAtRiskGapPct: 'Timeline At Risk Gap %',
  timelineDelayedGapPct: 'Timeline Delayed Gap %',
  numberFormat: 'Number Format',
});
