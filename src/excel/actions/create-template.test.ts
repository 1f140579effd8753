/// <reference types="office-js" />
import type { FakeExcel } from '../../../test/support/fake-excel';
import { fakeHost } from '../../../test/support/office-host-kit';
import { readWorkbook } from '../../workbook/read/read-workbook';
import { buildSampleWorkbook } from '../../workbook/template/sample-workbook';
import type { OfficeWorkbookHost } from '../host/office-workbook-host';
import type { ActionContext } from './action-context';
import { createTemplate } from './create-template';

const NOON = Date.UTC(2026, 10, 24, 12);
let fake: FakeExcel;
let host: OfficeWorkbookHost;
let context: ActionContext;
beforeEach(() => {
  ({ fake, host } = fakeHost());
  context = { host, now: () => NOON, newId: () => 'id' };
});
afterEach(() => fake.uninstall());

const SHEETS = ['Campaigns', 'Tasks', 'KPIs', 'ChannelMetrics', 'TaskUpdates', 'Settings'];

describe('createTemplate', () => {
  test('the sample, written through Office, reads back as the sample model', async () => {
    await expect(createTemplate(context, { sample: true })).resolves.toEqual({
      kind: 'created',
      sheets: SHEETS,
    });
    expect(fake.tables().map((t) => t.name)).toEqual(SHEETS);
    const read = await readWorkbook(host);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    // Noon UTC on 24 November is the 24th in every zone from UTC−11 to UTC+11.
    const sample = buildSampleWorkbook('2026-11-24');
    expect(read.input).toEqual(sample.input);
    expect(fake.validations('Tasks').length).toBeGreaterThan(0);
  });

  test('empty tables, then nothing more: what exists is kept', async () => {
    await createTemplate(context, { sample: false });
    expect(fake.tables().every((t) => /^A1:[A-Z]+2$/.test(t.address) || t.name === 'Settings')).toBe(true);
    fake.resetSyncLog();
    await expect(createTemplate(context, { sample: true })).resolves.toEqual({
      kind: 'already_present',
      tables: SHEETS,
    });
    expect(fake.syncCount).toBe(1);
  });
});
