import { track } from '../../src/engine';
import { counterIds } from '../../src/engine/testing/counter-ids';
import type { TrackResult } from '../../src/engine/track-types';
import type { Issue } from '../../src/engine/issues/issue';
import type { TrackingInput } from '../../src/engine/model/tracking-input';
import { describeIssues } from '../../src/workbook/describe/describe-issues';
import { buildTrackPlan } from '../../src/workbook/plan/build-track-plan';
import type { WritePlan } from '../../src/workbook/plan/write-plan';
import { readWorkbook } from '../../src/workbook/read/read-workbook';
import type { SourceMap } from '../../src/workbook/source-map';
import { MemoryHost } from '../workbook/memory-host';
import { BASE_AS_OF, memorySheets, type Book } from './hostile-book';

/** A run that stopped on input errors: nothing computed, nothing planned. */
export interface Stopped {
  readonly ok: false;
  readonly issues: readonly Issue[];
  /** Errors then warnings, each `Sheet!A1: message`, as every host prints them. */
  readonly lines: readonly string[];
}

/** A run that went through: the engine's result and everything it would write. */
export interface Planned {
  readonly ok: true;
  readonly input: TrackingInput;
  readonly result: TrackResult;
  readonly sourceMap: SourceMap;
  readonly plan: WritePlan;
  readonly warnings: readonly Issue[];
  /** Warnings, addressed. */
  readonly lines: readonly string[];
}

/**
 * One tracking run over a workbook held in memory, the way every host runs one: read the workbook
 * (two host calls), track, and build the write plan; stopping with addressed issues on bad input.
 *
 * @example const run = await runTracking(withCell(baseBook(), 'Tasks', 2, 'Status', 'done'));
 */
export async function runTracking(book: Book, campaignIds?: readonly string[]): Promise<Stopped | Planned> {
  const read = await readWorkbook(new MemoryHost(memorySheets(book)));
  const lines = (issues: readonly Issue[]) => describeIssues(issues, read.sourceMap).map((i) => i.text);
  if (!read.ok) return { ok: false, issues: read.issues, lines: lines(read.issues) };
  const outcome = track(read.input, {
    asOf: read.input.settings.asOf ?? BASE_AS_OF,
    runId: 'run-1',
    newId: counterIds(),
    knownLearnings: read.logs.learnings,
    ...(campaignIds === undefined ? {} : { campaignIds }),
  });
  if (!outcome.ok) return { ok: false, issues: outcome.issues, lines: lines(outcome.issues) };
  const { result } = outcome;
  const plan = buildTrackPlan({
    result,
    input: read.input,
    sourceMap: read.sourceMap,
    inventory: read.inventory,
    timeZone: read.input.settings.timeZone,
  });
  return {
    ok: true,
    input: read.input,
    result,
    sourceMap: read.sourceMap,
    plan,
    warnings: [...read.warnings, ...result.warnings],
    lines: lines([...read.warnings, ...result.warnings]),
  };
}
