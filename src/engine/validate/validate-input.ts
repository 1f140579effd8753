import { hasErrors, type Issue } from '../issues/issue';
import { kpiTargetIssues } from '../metrics/kpi-issues';
import { type TrackingInput, trackingInputSchema } from '../model/tracking-input';
import { blockedWithoutSince } from './blocked-without-since';
import { campaignReferences } from './campaign-references';
import { dependencyCycles } from './dependency-cycles';
import { dependencyReferences } from './dependency-references';
import { duplicateIds } from './duplicate-ids';
import { endBeforeStart } from './end-before-start';
import { instantsInRange } from './instants-in-range';
import { plainChannelMetrics } from './plain-channel-metrics';
import { type RowsToCheck, rowsOf, validRowsOf } from './rows-to-check';
import { schemaIssues } from './schema-issues';
import { spendWithoutBudget } from './spend-without-budget';

export type ValidationResult =
  | { ok: true; input: TrackingInput; warnings: Issue[] }
  /** Every error at once, plus the warnings. */
  | { ok: false; issues: Issue[] };

const CHECKS: ReadonlyArray<(rows: RowsToCheck) => Issue[]> = [
  instantsInRange,
  duplicateIds,
  campaignReferences,
  dependencyReferences,
  dependencyCycles,
  endBeforeStart,
  spendWithoutBudget,
  blockedWithoutSince,
  kpiTargetIssues,
];

const crossRowIssues = (rows: RowsToCheck): Issue[] => CHECKS.flatMap((check) => check(rows));

/**
 * The checks across rows and tables (duplicate ids, references, cycles, dates, budgets, KPI
 * targets) over the rows of `raw` that are valid on their own, without the shape checks: for a
 * reader that has already reported its cell errors and wants every other problem in the same run.
 *
 * @example checkAcrossRows(partlyReadInput) // [{ code: 'duplicate_id', path: ['tasks', 7, 'taskId'], … }]
 */
export function checkAcrossRows(raw: unknown): Issue[] {
  return crossRowIssues(validRowsOf(raw));
}

/**
 * Checks an input before anything is computed or written: its shape (every table, column and value
 * type), then what single cells cannot show (duplicate ids, unknown references, dependency cycles,
 * End Date not after Start Date, spending without a budget, KPI targets that are not figures). When some rows are malformed, the other
 * rows are still checked, so every error comes back at once. Warnings never stop a run.
 *
 * @example
 * const checked = validateInput(readInput);
 * if (!checked.ok) return { ok: false, issues: checked.issues };
 * track(checked.input, …);
 */
export function validateInput(raw: unknown): ValidationResult {
  const channelMetrics = isObject(raw) ? plainChannelMetrics(raw['channelMetrics']) : null;
  const toParse = channelMetrics === null || !isObject(raw) ? raw : { ...raw, channelMetrics: [] };
  const parsed = trackingInputSchema.safeParse(toParse, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, issues: [...schemaIssues(parsed.error.issues), ...crossRowIssues(validRowsOf(raw))] };
  }
  const input = channelMetrics === null ? parsed.data : { ...parsed.data, channelMetrics };
  const found = crossRowIssues(rowsOf(input));
  return hasErrors(found) ? { ok: false, issues: found } : { ok: true, input, warnings: found };
}

function isObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}
