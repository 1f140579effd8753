/// <reference types="office-js" />
import { counterIds } from '../../engine/testing/counter-ids';
import type { FakeExcel } from '../../../test/support/fake-excel';
import { sampleOnFake, SAMPLE_NOON } from '../../../test/support/sample-on-fake';
import type { WorkbookHost } from '../host';
import { LAUNCH_ID, WEBINAR_ID } from '../template/sample-workbook';
import { prepareTrack } from './prepare-track';

let fake: FakeExcel;
let host: WorkbookHost;
beforeEach(async () => ({ fake, host } = await sampleOnFake()));
afterEach(() => fake.uninstall());

const options = { now: () => SAMPLE_NOON, runId: 'run-1', newId: counterIds() };

describe('prepareTrack', () => {
  test('reads, tracks every active campaign and plans the writes, writing nothing', async () => {
    const steps: string[] = [];
    const prepared = await prepareTrack(host, { ...options, onStep: (s) => steps.push(s) });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.issues));
    expect(prepared.result.asOf).toBe(SAMPLE_NOON); // the sample's Settings have no As Of
    expect(prepared.result.runId).toBe('run-1');
    expect(prepared.result.campaigns.map((c) => c.campaignId)).toEqual([LAUNCH_ID]);
    expect(prepared.plan.newSheets.some((s) => s.startsWith('Report'))).toBe(true);
    expect(steps).toEqual(['checking', 'computing']);
    expect(fake.syncCount).toBe(2);
    expect(fake.sheetNames()).not.toContain('Task Log');
  });

  test('an explicit report time and chosen campaigns win', async () => {
    const asOf = SAMPLE_NOON - 86_400_000;
    const prepared = await prepareTrack(host, { ...options, asOf, campaignIds: [WEBINAR_ID] });
    expect(prepared.ok && [prepared.result.asOf, prepared.result.campaigns.map((c) => c.campaignId)]).toEqual(
      [asOf, [WEBINAR_ID]],
    );
  });

  test('input errors come back as issues with their SourceMap', async () => {
    await host.apply({
      ops: [
        {
          kind: 'updateCells',
          source: { kind: 'table', name: 'Tasks' },
          sheet: 'Tasks',
          addColumns: [],
          cells: [{ row: 2, column: 4, value: 'done' }],
        },
      ],
      newSheets: [],
    });
    const prepared = await prepareTrack(host, options);
    expect(prepared.ok).toBe(false);
    expect(!prepared.ok && prepared.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_choice', ['tasks', 0, 'status']],
    ]);
  });

  test('without the Campaign ID column, the checks across rows wait (no reference is called unknown)', async () => {
    await host.apply({
      ops: [
        {
          kind: 'updateCells',
          source: { kind: 'table', name: 'Campaigns' },
          sheet: 'Campaigns',
          addColumns: [],
          cells: [{ row: 1, column: 1, value: 'Campaign' }],
        },
      ],
      newSheets: [],
    });
    const prepared = await prepareTrack(host, options);
    expect(!prepared.ok && prepared.issues.map((i) => i.code)).toEqual(['missing_column']);
  });

  test('an unknown campaign is the engine’s input error', async () => {
    const prepared = await prepareTrack(host, { ...options, campaignIds: ['NOPE'] });
    expect(prepared.ok).toBe(false);
  });
});
