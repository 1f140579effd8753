import type { TrackResult } from '../../engine/track-types';
import type { TrackingInput } from '../../engine/model/tracking-input';
import { addressOf } from '../../workbook/address/address-of';
import { describeIssues } from '../../workbook/describe/describe-issues';
import type { WritePlan } from '../../workbook/plan/write-plan';
import { prepareTrack } from '../../workbook/run/prepare-track';
import type { SourceMap } from '../../workbook/source-map';
import { displayPath } from '../display-path';
import { InputError } from '../errors';
import { commitRun, MemoryAppendError, type CommittedRun } from '../files/commit-run';
import { knownLearningsOf, readMemory } from '../files/memory-store';
import { withWorkbookLock, type LockedWorkbook } from '../files/workbook-lock';
import { writeNoteLines } from '../files/write-note';
import type { CliIo } from '../io';
import { verifyPackage } from '../package/verify-package';
import { withWorkbookErrors } from '../package/workbook-file';
import { openWorkbook } from '../open-workbook';
import type { TrackCommandOptions } from './track-options';

/** A run that wrote its workbook (and, unless `memoryError`, its memory). */
export interface TrackRun {
  readonly result: TrackResult;
  readonly input: TrackingInput;
  readonly sourceMap: SourceMap;
  readonly plan: WritePlan;
  readonly committed: CommittedRun | null;
  readonly memoryError: MemoryAppendError | null;
  /** Warnings, each a line with its cell (`KPIs!C3: …`). */
  readonly warnings: readonly string[];
}

/**
 * One `track` run: holding the output workbook's lock (`withWorkbookLock`; the output may be the
 * input), reads the memory (checked), then reads the workbook, runs the engine and plans the
 * writes (`prepareTrack`, shared with the Excel add-in), applies the plan to the package in memory
 * (every part it does not own keeps its bytes), then writes the workbook and appends the memory
 * (`commitRun`). Input errors throw an `InputError` before anything is written.
 *
 * @example const run = await runTrack(await trackOptions(args, io), io); run.result.campaigns.length // 1
 */
export async function runTrack(options: TrackCommandOptions, io: CliIo): Promise<TrackRun> {
  return withWorkbookLock(options.output, 'track', io, (locked) => trackLocked(options, io, locked));
}

async function trackLocked(
  options: TrackCommandOptions,
  io: CliIo,
  locked: LockedWorkbook,
): Promise<TrackRun> {
  const memory = await readMemory(options.memoryDir);
  const name = displayPath(io.cwd, options.input);
  const host = await openWorkbook(options.input, name);
  const prepared = await withWorkbookErrors(name, () =>
    prepareTrack(host, {
      asOf: options.asOf,
      now: io.now,
      runId: io.newId(),
      newId: io.newId,
      campaignIds: options.campaignIds,
      knownLearnings: knownLearningsOf(memory.learnings.entries),
    }),
  );
  if (!prepared.ok)
    throw new InputError(describeIssues(prepared.issues, prepared.sourceMap).map((i) => i.text));
  const { result, plan, read } = prepared;
  const { input, sourceMap } = read;
  await withWorkbookErrors(name, () => host.apply(plan));
  const bytes = host.bytes();
  const warnings = describeIssues(prepared.warnings, sourceMap).map((i) => i.text);
  const base = { result, input, sourceMap, plan, warnings };
  try {
    const committed = await commitRun({
      workbook: {
        path: options.output,
        bytes,
        verify: (staged) => verifyPackage(staged, { checked: host.checkedArchives() }),
        lock: locked.lock,
        modeOf: options.input,
        unchangedSince: locked.stamp,
      },
      memoryDir: options.memoryDir,
      snapshots: result.campaigns.map((c) => c.snapshot),
      learnings: result.campaigns.flatMap((c) => c.newLearnings),
    });
    const written = writeNoteLines(committed.notes, io.cwd);
    return { ...base, warnings: [...warnings, ...written], committed, memoryError: null };
  } catch (e) {
    if (e instanceof MemoryAppendError) return { ...base, committed: null, memoryError: e };
    throw e;
  }
}

/**
 * A cell address for `--json`'s rejected updates, or `null` when the table lacks the column.
 *
 * @example locateIn(sourceMap)(['taskUpdates', 4, 'newStatus']) // 'TaskUpdates!B6'
 */
export function locateIn(sourceMap: SourceMap) {
  return (path: readonly (string | number)[]): string | null => {
    const [table, , field] = path;
    const location = typeof table === 'string' ? sourceMap[table] : undefined;
    if (typeof field === 'string' && location?.columns[field] === undefined) return null;
    return addressOf(sourceMap, path)?.a1 ?? null;
  };
}
