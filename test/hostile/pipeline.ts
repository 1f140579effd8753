import { counterIds } from '../../src/engine/testing/counter-ids';
import type { TrackResult } from '../../src/engine/track-types';
import type { Issue } from '../../src/engine/issues/issue';
import type { TrackingInput } from '../../src/engine/model/tracking-input';
import { describeIssues } from '../../src/workbook/describe/describe-issues';
import type { WritePlan } from '../../src/workbook/plan/write-plan';
import { prepareTrack } from '../../src/workbook/run/prepare-track';
import type { SourceMap } from '../../src/workbook/source-map';
import { MemoryHost } from '../workbook/memory-host';
import { BASE_AS_OF, memorySheets, memoryTables, type Book } from './hostile-book';

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
 * One tracking run over a workbook held in memory, through `prepareTrack` as every host runs one:
 * read the workbook (two host calls), track, and build the write plan; stopping with addressed
 * issues on bad input.
 *
 * @example const run = await runTracking(withCell(baseBook(), 'Tasks', 2, 'Status', 'done'));
 */
export async function runTracking(book: Book, campaignIds?: readonly string[]): Promise<Stopped | Planned> {
  const prepared = await prepareTrack(new MemoryHost(memorySheets(book), memoryTables(book)), {
    now: () => BASE_AS_OF,
    runId: 'run-1',
    newId: counterIds(),
    ...(campaignIds === undefined ? {} : { campaignIds }),
  });
  if (!prepared.ok) {
    const lines = describeIssues(prepared.issues, prepared.sourceMap).map((i) => i.text);
    return { ok: false, issues: prepared.issues, lines };
  }
  const { read, result, plan, warnings } = prepared;
  return {
    ok: true,
    input: read.input,
    result,
    sourceMap: read.sourceMap,
    plan,
    warnings,
    lines: describeIssues(warnings, read.sourceMap).map((i) => i.text),
  };
}
