/// <reference types="office-js" />
import { counterIds } from '../../src/engine/testing/counter-ids';
import { buildTemplatePlan } from '../../src/workbook/template/build-template-plan';
import { prepareTrack } from '../../src/workbook/run/prepare-track';
import { WEB_PAYLOAD_LIMIT, type FakeExcel, type SyncRecord } from '../support/fake-excel';
import { fakeHost } from '../support/office-host-kit';
import { SAMPLE_NOON } from '../support/sample-on-fake';
import { scaledWorkbook } from '../support/scaled-workbook';

/** The whole track on the fake (inventory, read, apply) for a workbook of `count` tasks. */
async function trackOnFake(
  count: number,
  options: { everyState?: boolean } = {},
): Promise<{ syncs: readonly SyncRecord[]; fake: FakeExcel; changes: number }> {
  const { fake, host } = fakeHost({ sheets: [{ name: 'Sheet1' }] });
  await host.apply(buildTemplatePlan({ sample: scaledWorkbook(count, options) }));
  fake.resetSyncLog();
  const prepared = await prepareTrack(host, { now: () => SAMPLE_NOON, runId: 'run-1', newId: counterIds() });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.issues.slice(0, 3)));
  await host.apply(prepared.plan);
  return { syncs: [...fake.syncs], fake, changes: prepared.result.taskChanges.length };
}

describe('the whole track on the in-memory Excel', () => {
  let small: Awaited<ReturnType<typeof trackOnFake>>;
  let large: Awaited<ReturnType<typeof trackOnFake>>;
  beforeAll(async () => {
    small = await trackOnFake(10);
    small.fake.uninstall();
    large = await trackOnFake(10_000);
    large.fake.uninstall();
  });

  test('takes four syncs at 10 tasks and at 10,000: inventory, read, apply, recalculate', () => {
    expect(small.syncs.length).toBe(4);
    expect(large.syncs.length).toBe(4);
    for (const run of [small, large]) expect(run.syncs[3]?.calculated).toBe('Recalculate');
    expect(small.changes).toBe(large.changes);
  });

  test('no request or response over 5 MB; the apply suspends calculation', () => {
    for (const run of [small, large]) {
      expect(run.syncs.every((s) => s.error === undefined)).toBe(true);
      expect(
        run.syncs.every((s) => s.requestBytes < WEB_PAYLOAD_LIMIT && s.responseBytes < WEB_PAYLOAD_LIMIT),
      ).toBe(true);
      expect(run.syncs[2]?.calculationSuspended).toBe(true);
    }
    // The read of 10,000 tasks is the large response; it still fits.
    expect(large.syncs[1]?.responseBytes).toBeGreaterThan(small.syncs[1]?.responseBytes ?? Infinity);
  });

  test('text from updates stays text in the Tasks table', () => {
    const cell = large.fake.values('Tasks!A1:Z1')[0] ?? [];
    const result = cell.indexOf('Actual Result');
    expect(result).toBeGreaterThan(-1);
    const stored = large.fake.values(`Tasks!A3:Z3`)[0]?.[result];
    expect(stored).toBe('=HYPERLINK("http://x","done")');
  });
});
