/// <reference types="office-js" />
import { createOfficeActions } from '../../src/excel/create-office-actions';
import type { OperatorActions, RunProgress, RunPreview } from '../../src/excel/operator-actions';
import { counterIds } from '../../src/engine/testing/counter-ids';
import type { FakeExcel } from '../support/fake-excel';
import { editCell, sampleOnFake, SAMPLE_NOON } from '../support/sample-on-fake';
import { LAUNCH_ID, WEBINAR_ID } from '../../src/workbook/template/sample-workbook';

let fake: FakeExcel;
let actions: OperatorActions;
beforeEach(async () => {
  const made = await sampleOnFake();
  fake = made.fake;
  actions = createOfficeActions({ host: made.host, now: () => SAMPLE_NOON, newId: counterIds() });
});
afterEach(() => fake.uninstall());

const quiet = () => undefined;

async function preview(): Promise<RunPreview> {
  const p = await actions.prepareRun({ campaignIds: null }, quiet);
  if (p.kind !== 'preview') throw new Error(JSON.stringify(p));
  return p;
}

describe('the task pane’s actions on the sample workbook', () => {
  test('an Excel without ExcelApi 1.9 gets a message naming the set, before any request', async () => {
    fake.setRequirementSets({ ExcelApi: '1.7' });
    await expect(actions.prepareRun({ campaignIds: null }, quiet)).rejects.toThrow(
      /needs the Excel JavaScript API ExcelApi 1\.9/,
    );
    expect(fake.syncCount).toBe(0);
  });

  test('a user editing a cell throughout gets told to finish editing', async () => {
    fake.setCellEditMode(true);
    await expect(actions.listCampaigns()).rejects.toThrow(
      'Finish editing the cell (press Enter or Esc), then run again.',
    );
  });

  test('listCampaigns', async () => {
    await expect(actions.listCampaigns()).resolves.toEqual([
      { campaignId: LAUNCH_ID, name: expect.any(String), status: 'active' },
      { campaignId: WEBINAR_ID, name: expect.any(String), status: 'paused' },
    ]);
  });

  test('prepareRun writes nothing and reports its progress in order', async () => {
    const steps: RunProgress[] = [];
    const before = fake.describe();
    const p = await actions.prepareRun({ campaignIds: null }, (s) => steps.push(s));
    expect(p.kind).toBe('preview');
    expect(fake.describe()).toEqual(before);
    expect(steps.map((s) => s.step)).toEqual(['reading', 'checking', 'computing', 'done']);
    expect(fake.syncCount).toBe(2);
  });

  test('commitRun writes what the preview showed, with the preview’s ids', async () => {
    const p = await preview();
    const steps: string[] = [];
    const done = await actions.commitRun(p, (s) => steps.push(s.step));
    if (done.kind !== 'committed') throw new Error(JSON.stringify(done));
    expect(done.preview).toEqual(p);
    const [sheets] = done.sheets;
    expect(sheets?.campaignId).toBe(LAUNCH_ID);
    expect(fake.sheetNames()).toEqual(expect.arrayContaining([sheets?.report, sheets?.feedback, 'Task Log']));
    const reportId = p.campaigns[0]?.report.report_id ?? '';
    const json = fake.values(`'${sheets?.report}'!A1:A400`).flat().join('\n');
    expect(json).toContain(reportId);
    expect(steps.at(-1)).toBe('done');
    expect(steps).toContain('writing');
  });

  test('a workbook changed since the preview gives a fresh preview and writes nothing', async () => {
    const p = await preview();
    editCell(fake, 'ChannelMetrics', 'Cost', 1, 99_999); // the user fixes a figure before confirming
    const before = fake.describe();
    const done = await actions.commitRun(p, quiet);
    if (done.kind !== 'stale') throw new Error(`expected stale, got ${done.kind}`);
    expect(fake.describe()).toEqual(before);
    expect(done.preview.runId).toBe(p.runId);
    expect(done.preview.asOf).toBe(p.asOf);
    expect(done.preview.campaigns[0]?.feedback.metrics.cost).not.toEqual(
      p.campaigns[0]?.feedback.metrics.cost,
    );
    const again = await actions.commitRun(done.preview, quiet);
    expect(again.kind).toBe('committed');
  });
});
