import type { Issue } from '../../engine/issues/issue';
import { normalizeId } from '../../engine/model/id-text';
import type { Instant } from '../../engine/model/primitives';
import { track } from '../../engine';
import type { TrackResult } from '../../engine/track-types';
import type { WorkbookHost } from '../host';
import { buildTrackPlan } from '../plan/build-track-plan';
import type { WritePlan } from '../plan/write-plan';
import { readWorkbook, type ReadWorkbookResult } from '../read/read-workbook';
import { problemsAcrossRows } from './problems-across-rows';
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
  return trackRead(read, options);
}

/**
 * `prepareTrack` after its reading: the engine and the write plan over a workbook already read, with
 * no host (pure; the task pane runs it in a Web Worker). Tells `computing` once the engine has run.
 *
 * @example const prepared = trackRead(modelOfSources(sources), { now: () => now, runId, newId });
 */
export function trackRead(read: ReadWorkbookResult, options: PrepareTrackOptions): PreparedTrack {
  // Chosen campaigns as IDs are compared (docs/workbook.md, "IDs").
  const chosen = (options.campaignIds ?? []).map(normalizeId);
  if (!read.ok) {
    const more = problemsAcrossRows(read.issues, read.input, chosen);
    return { ok: false, issues: [...read.issues, ...more], warnings: [], sourceMap: read.sourceMap };
  }
  const { input, sourceMap } = read;
  const outcome = track(input, {
    asOf: options.asOf ?? input.settings.asOf ?? options.now(),
    runId: options.runId,
    newId: options.newId,
    ...(chosen.length > 0 ? { campaignIds: chosen } : {}),
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
    history: read.logs.campaignHistory,
    portfolios: read.portfolios,
  });
  return { ok: true, read, result, plan, warnings: [...read.warnings, ...result.warnings] };
}
