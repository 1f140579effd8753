import type { Issue } from '../../engine/issues/issue';
import { chooseCampaigns } from '../../engine/run/choose-campaigns';
import type { TrackingInput } from '../../engine/model/tracking-input';
import type { Instant } from '../../engine/model/primitives';
import { track } from '../../engine';
import { checkAcrossRows } from '../../engine/validate/validate-input';
import type { TrackResult } from '../../engine/track-types';
import type { WorkbookHost } from '../host';
import { buildTrackPlan } from '../plan/build-track-plan';
import type { WritePlan } from '../plan/write-plan';
import { readWorkbook, type ReadWorkbookResult } from '../read/read-workbook';
import type { SourceMap } from '../source-map';

export interface PrepareTrackOptions {
  /** An explicit report time (`--as-of`); without it Settings As Of, else `now()`. */
  readonly asOf?: Instant | null;
  readonly now: () => Instant;
  readonly runId: string;
  readonly newId: () => string;
  /** Campaigns chosen explicitly; by default every active campaign. */
  readonly campaignIds?: readonly string[];
  /** Learnings remembered outside the workbook (the CLI's memory files), besides its Learnings table. */
  readonly knownLearnings?: ReadonlyArray<{ readonly campaignId: string; readonly learning: string }>;
  /** Told when reading is done (`checking`) and when the engine has run (`computing` the plan). */
  readonly onStep?: (step: 'checking' | 'computing') => void;
}

export type ReadOk = Extract<ReadWorkbookResult, { ok: true }>;

export type PreparedTrack =
  | {
      readonly ok: false;
      /** The reader's issues (its warnings among them), or the engine's. */
      readonly issues: readonly Issue[];
      /** With the engine's issues: the reader's warnings. */
      readonly warnings: readonly Issue[];
      readonly sourceMap: SourceMap;
    }
  | {
      readonly ok: true;
      readonly read: ReadOk;
      readonly result: TrackResult;
      readonly plan: WritePlan;
      /** The reader's warnings, then the engine's. */
      readonly warnings: readonly Issue[];
    };

/** Whether a table's shape (not a cell) is wrong: missing or ambiguous table, missing or doubled column. */
const isShapeIssue = (issue: Issue): boolean =>
  issue.path.length === 1 || (issue.path.length === 2 && typeof issue.path[1] === 'string');

/**
 * Whether the ids other rows refer to (Campaign ID, Task ID) could be read: Campaigns and Tasks have
 * their shape. Then the engine's checks across rows can run beside the reader's cell errors without
 * calling every reference unknown.
 */
function referencesReadable(issues: readonly Issue[]): boolean {
  return !issues.some(
    (i) => i.severity === 'error' && (i.path[0] === 'campaigns' || i.path[0] === 'tasks') && isShapeIssue(i),
  );
}

/** `unknown_campaign` for campaigns chosen explicitly that no Campaigns row names. */
function unknownChosen(input: TrackingInput, chosen: readonly string[] | undefined): Issue[] {
  if (chosen === undefined || chosen.length === 0) return [];
  const choice = chooseCampaigns(input.campaigns, chosen);
  return choice.ok ? [] : choice.issues.filter((i) => i.code === 'unknown_campaign');
}

/**
 * The host-independent part of a run, shared by the CLI, the task pane and the ribbon: read the
 * workbook (two host calls), run the engine, build the write plan. Nothing is written. Input errors
 * come back as issues with the SourceMap that addresses them, all in one run: when the reader finds
 * errors, the engine's checks across rows still run over the rows that were read (unless Campaigns
 * or Tasks lacks its shape), so a KPI target or a duplicate id is not left for a second run.
 *
 * @example
 * const prepared = await prepareTrack(host, { now: Date.now, runId, newId: () => crypto.randomUUID() });
 * if (prepared.ok) await host.apply(prepared.plan);
 */
export async function prepareTrack(host: WorkbookHost, options: PrepareTrackOptions): Promise<PreparedTrack> {
  const read = await readWorkbook(host);
  options.onStep?.('checking');
  if (!read.ok) {
    const more = referencesReadable(read.issues)
      ? [...checkAcrossRows(read.input), ...unknownChosen(read.input, options.campaignIds)]
      : [];
    return { ok: false, issues: [...read.issues, ...more], warnings: [], sourceMap: read.sourceMap };
  }
  const { input, sourceMap } = read;
  const outcome = track(input, {
    asOf: options.asOf ?? input.settings.asOf ?? options.now(),
    runId: options.runId,
    newId: options.newId,
    ...(options.campaignIds !== undefined && options.campaignIds.length > 0
      ? { campaignIds: options.campaignIds }
      : {}),
    knownLearnings: [...read.logs.learnings, ...(options.knownLearnings ?? [])],
  });
  options.onStep?.('computing');
  if (!outcome.ok) return { ok: false, issues: outcome.issues, warnings: read.warnings, sourceMap };
  const { result } = outcome;
  const plan = buildTrackPlan({
    result,
    input,
    sourceMap,
    inventory: read.inventory,
    timeZone: input.settings.timeZone,
  });
  return { ok: true, read, result, plan, warnings: [...read.warnings, ...result.warnings] };
}
