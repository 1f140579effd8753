import fc from 'fast-check';
import { track, UPDATE_STATUSES, type TrackResult } from '../../src/engine';
import { counterIds } from '../../src/engine/testing/counter-ids';
import { PackageHost } from '../../src/cli/package/package-host';
import type { RawCell } from '../../src/workbook/host';
import { buildTrackPlan } from '../../src/workbook/plan/build-track-plan';
import { readWorkbook } from '../../src/workbook/read/read-workbook';
import { xlsxOf } from './book-xlsx';
import { baseBook, withRows } from './hostile-book';

/** A TaskUpdates row: A Task ID, B New Status, C Result, D Blockers, E Hours, F Updated At, G, H blank. */
const updateRow = fc
  .record({
    task: fc.constantFrom('T-1', 'T-2', 'T-3', 'T-4', 'T-9'),
    status: fc.constantFrom(...UPDATE_STATUSES, 'In Progress', 'done'),
    result: fc.constantFrom(null, 'Shipped', '=1+1', 42),
    blockers: fc.constantFrom(null, 'Legal', 'Legal; Assets'),
    hours: fc.constantFrom(null, 0.5, 3),
    // 15–21 Nov 2026, 09:00; the report time is 20 Nov 12:00, so the last ones are in the future.
    day: fc.integer({ min: 15, max: 21 }),
  })
  .map(({ task, status, result, blockers, hours, day }): RawCell[] => [
    task,
    status,
    result,
    blockers,
    hours,
    `2026-11-${day} 09:00`,
    null,
    null,
  ]);

/** One run of the command-line tool's pipeline on .xlsx bytes: read, track, write the plan. */
async function trackBytes(bytes: Uint8Array): Promise<{ result: TrackResult; bytes: Uint8Array }> {
  const host = PackageHost.open(bytes);
  const read = await readWorkbook(host);
  if (!read.ok) throw new Error(JSON.stringify(read.issues[0]));
  const outcome = track(read.input, {
    asOf: read.input.settings.asOf ?? 0,
    runId: 'run',
    newId: counterIds(),
    knownLearnings: read.logs.learnings,
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues[0]));
  const { result } = outcome;
  const plan = buildTrackPlan({
    result,
    input: read.input,
    sourceMap: read.sourceMap,
    inventory: read.inventory,
    timeZone: read.input.settings.timeZone,
  });
  await host.apply(plan);
  return { result, bytes: host.bytes() };
}

// Through the real file host (ExcelJS): whatever TaskUpdates rows a user enters, a second run on the
// tracked workbook applies nothing and changes no task. ExcelJS is slow, so fewer runs than elsewhere.
describe('tracking a tracked workbook again', () => {
  it('changes nothing, whatever the TaskUpdates rows were', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(updateRow, { minLength: 1, maxLength: 8 }), async (rows) => {
        const first = await trackBytes(await xlsxOf(withRows(baseBook(), 'TaskUpdates', rows)));
        expect(first.result.updateOutcomes).toHaveLength(rows.length);
        const second = await trackBytes(first.bytes);
        expect(second.result.taskChanges).toEqual([]);
        expect(second.result.updateOutcomes).toEqual([]);
        expect(second.result.tasks).toEqual(first.result.tasks);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
