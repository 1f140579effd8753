import type { Settings } from './settings';

/** product.md §2's defaults for every Settings key (the timeline gaps are docs/rules.md's own). */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  asOf: null,
  timeZone: 'UTC',
  currency: null,
  retryLimit: 3,
  blockedEscalationHours: 24,
  performanceThresholdPct: 50,
  budgetFlagSpentPct: 80,
  budgetFlagCompletionPct: 50,
  minClicksForComparison: 100,
  dataEta: null,
  timelineAtRiskGapPct: 10,
  timelineDelayedGapPct: 25,
  numberFormat: null,
});
