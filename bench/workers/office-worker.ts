/// <reference types="office-js" />
import { counterIds } from '../../src/engine/testing/counter-ids';
import { prepareTrack } from '../../src/workbook/run/prepare-track';
import { buildTemplatePlan } from '../../src/workbook/template/build-template-plan';
import { fakeHost } from '../../test/support/office-host-kit';
import { SAMPLE_NOON } from '../../test/support/sample-on-fake';
import { scaledWorkbook } from '../../test/support/scaled-workbook';
import { timedAsync } from '../harness/stats';
import { workerMain } from '../harness/worker';

export interface OfficeWorkerArgs {
  readonly tasks: number;
  /** Every task in every state: the report lists thousands of completed and blocked tasks. */
  readonly everyState: boolean;
}

/**
 * A whole track through the Office host on the in-memory Excel (which enforces Office.js's
 * load/sync rules, counts round trips and measures every request): inventory, read, apply.
 */
workerMain<OfficeWorkerArgs>(async (args) => {
  const { fake, host } = fakeHost({ sheets: [{ name: 'Sheet1' }] });
  await host.apply(
    buildTemplatePlan({ sample: scaledWorkbook(args.tasks, { everyState: args.everyState }) }),
  );
  fake.resetSyncLog();
  const run = await timedAsync(async () => {
    const prepared = await prepareTrack(host, {
      now: () => SAMPLE_NOON,
      runId: 'run-1',
      newId: counterIds(),
    });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.issues.slice(0, 3)));
    await host.apply(prepared.plan);
    return prepared.result.taskChanges.length;
  });
  const syncs = fake.syncs;
  fake.uninstall();
  return {
    syncs: syncs.length,
    failedSyncs: syncs.filter((s) => s.error !== undefined).length,
    largestRequest: Math.max(...syncs.map((s) => s.requestBytes)),
    largestResponse: Math.max(...syncs.map((s) => s.responseBytes)),
    totalRequest: syncs.reduce((sum, s) => sum + s.requestBytes, 0),
    taskChanges: run.value,
    ms: run.ms,
    cpuMs: run.cpuMs,
  };
});
