/// <reference types="office-js" />
import { createOfficeActions } from '../../src/excel/create-office-actions';
import type { OperatorActions, RunCommitted, RunPreview } from '../../src/excel/operator-actions';
import { counterIds } from '../../src/engine/testing/counter-ids';
import { OfficeWorkbookHost } from '../../src/excel/host/office-workbook-host';
import type { FakeExcel } from '../support/fake-excel';
import { AUTO_EXPANSION_MODES } from '../support/office-host-kit';
import { LAUNCH_ID, WEBINAR_ID } from '../../src/workbook/template/sample-workbook';
import { sampleOnFake, SAMPLE_NOON } from '../support/sample-on-fake';

const INPUTS = ['Campaigns', 'Tasks', 'KPIs', 'ChannelMetrics', 'TaskUpdates', 'Settings'];

let fake: FakeExcel;
let actions: OperatorActions;
let clock: number;
beforeEach(async () => {
  const made = await sampleOnFake();
  fake = made.fake;
  clock = SAMPLE_NOON;
  actions = createOfficeActions({ host: made.host, now: () => clock, newId: counterIds() });
});
afterEach(() => fake.uninstall());

/** Every input cell: value and number format, by sheet. */
function inputCells(): Record<string, unknown> {
  return Object.fromEntries(
    INPUTS.map((name) => {
      const cells = [...fake.sheet(name).cells.entries()].map(([key, c]) => [key, c.value, c.numberFormat]);
      return [name, cells.sort((a, b) => Number(a[0]) - Number(b[0]))];
    }),
  );
}

async function trackOnce(campaignIds: string[] | null = null): Promise<RunCommitted> {
  const preview = await actions.prepareRun({ campaignIds }, () => undefined);
  if (preview.kind !== 'preview') throw new Error(JSON.stringify(preview));
  const done = await actions.commitRun(preview, () => undefined);
  if (done.kind !== 'committed') throw new Error(done.kind);
  return done;
}

const changes = (p: RunPreview) => p.taskChanges.map((c) => [c.taskId, c.from, c.to, c.reason]);

describe.each(AUTO_EXPANSION_MODES)('revert last run (Excel auto-expansion %s)', (mode) => {
  beforeEach(() => (fake.tableAutoExpansion = mode));

  test('track → revert → the input cells are the original ones; the run’s sheets are gone', async () => {
    const original = inputCells();
    const first = await trackOnce();
    expect(first.preview.taskChanges.length).toBeGreaterThan(0);
    expect(inputCells()).not.toEqual(original);

    clock += 3_600_000;
    const reverted = await actions.revertLastRun();
    expect(reverted).toMatchObject({
      kind: 'reverted',
      runId: first.preview.runId,
      at: first.preview.asOf, // the run's report time, as Campaign History recorded it
      reopenedUpdates: first.preview.taskChanges.length + first.preview.rejectedUpdates.length,
    });
    // Each task the run changed, back from its status now to the one before the run.
    const changed = [...new Set(first.preview.taskChanges.map((c) => c.taskId))];
    expect(reverted.kind === 'reverted' && reverted.restoredTasks.map((t) => t.taskId)).toEqual(changed);
    for (const task of reverted.kind === 'reverted' ? reverted.restoredTasks : []) {
      const changes = first.preview.taskChanges.filter((c) => c.taskId === task.taskId);
      expect([task.from, task.to]).toEqual([changes[changes.length - 1]?.to, changes[0]?.from]);
    }
    expect(reverted.kind === 'reverted' && reverted.removedSheets).toEqual(
      first.sheets.flatMap((s) => [s.report, s.feedback]),
    );
    for (const s of first.sheets) {
      expect(fake.sheetNames()).not.toContain(s.report);
      expect(fake.sheetNames()).not.toContain(s.feedback);
    }
    expect(inputCells()).toEqual(original);
  });

  test('tracking again gives the same changes as the first time; a second revert has nothing to do', async () => {
    const first = await trackOnce();
    await actions.revertLastRun();
    // Every log row of the run and of its revert is inside the Task Log table.
    const log = fake.tables().find((t) => t.name === 'TaskLog');
    const rows = fake.values(`'Task Log'!A1:A400`).filter(([v]) => v !== null).length;
    expect(log?.address).toBe(`A1:I${rows}`);
    await expect(actions.revertLastRun()).resolves.toEqual({ kind: 'nothing_to_revert' });
    const again = await trackOnce();
    expect(changes(again.preview)).toEqual(changes(first.preview));
    expect(again.preview.rejectedUpdates).toEqual(first.preview.rejectedUpdates);
  });

  test('a run over several campaigns: revert removes its Portfolio sheet too, not an older one', async () => {
    await trackOnce([LAUNCH_ID, WEBINAR_ID]);
    // The next day: a run the same day would replace the first Portfolio sheet (same-day-rewrite.test.ts).
    clock += 24 * 3_600_000;
    const run = await trackOnce([LAUNCH_ID, WEBINAR_ID]);
    expect(fake.sheetNames()).toEqual(
      expect.arrayContaining(['Portfolio 2026-11-24', 'Portfolio 2026-11-25']),
    );
    const reverted = await actions.revertLastRun();
    expect(reverted.kind === 'reverted' && reverted.removedSheets).toEqual([
      ...run.sheets.flatMap((s) => [s.report, s.feedback]),
      'Portfolio 2026-11-25',
    ]);
    expect(fake.sheetNames()).toContain('Portfolio 2026-11-24');
    expect(fake.sheetNames()).not.toContain('Portfolio 2026-11-25');
  });

  test('a workbook without runs has nothing to revert', async () => {
    await expect(actions.revertLastRun()).resolves.toEqual({ kind: 'nothing_to_revert' });
  });
});

describe('revert after Ctrl+Z (Excel with ExcelApi 1.20 undoes a whole run)', () => {
  /** What Ctrl+Z does to a run written as one undo group: the workbook as it was before it. */
  const undo = (before: ReturnType<FakeExcel['describe']>) => fake.load(before);

  test('never reverts the run before the undone one: it says the last run was undone, and writes nothing', async () => {
    fake.setRequirementSets({ ExcelApi: '1.20' });
    const first = await trackOnce();
    const afterFirst = fake.describe();
    clock += 3_600_000;
    const second = await trackOnce();
    expect(second.preview.runId).not.toBe(first.preview.runId);
    undo(afterFirst);

    const error = await actions.revertLastRun().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'RunUndone' });
    expect((error as Error).message).toContain(
      `The last run (${second.preview.runId}) is no longer in the Task Log`,
    );
    expect(fake.describe()).toEqual(afterFirst);
    // The pane says so before anyone presses Revert: the button is off, with the reason.
    await expect(actions.describeLastRun()).resolves.toEqual({ kind: 'none', reason: 'undone' });

    // A reloaded pane knows the last run from the document's add-in settings: still nothing reverted.
    const reloaded = createOfficeActions({
      host: new OfficeWorkbookHost(),
      now: () => clock,
      newId: counterIds(),
    });
    await expect(reloaded.revertLastRun()).rejects.toMatchObject({ code: 'RunUndone' });
    expect(fake.describe()).toEqual(afterFirst);
  });

  test('a run made after the undo is the last run again, and reverts', async () => {
    await trackOnce();
    const afterFirst = fake.describe();
    clock += 3_600_000;
    await trackOnce();
    undo(afterFirst);
    clock += 3_600_000;
    const third = await trackOnce();
    await expect(actions.revertLastRun()).resolves.toMatchObject({
      kind: 'reverted',
      runId: third.preview.runId,
    });
  });
});
