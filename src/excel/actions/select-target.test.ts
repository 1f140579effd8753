/// <reference types="office-js" />
import type { FakeExcel } from '../../../test/support/fake-excel';
import { fakeHost } from '../../../test/support/office-host-kit';
import type { OfficeWorkbookHost } from '../host/office-workbook-host';
import { selectTarget } from './select-target';

let fake: FakeExcel;
let host: OfficeWorkbookHost;
beforeEach(() => ({ fake, host } = fakeHost({ sheets: [{ name: 'Tasks' }, { name: 'Q1 Report' }] })));
afterEach(() => fake.uninstall());

describe('selectTarget', () => {
  test('selects a cell or a range on its sheet', async () => {
    await selectTarget(host, { sheet: 'Q1 Report', row: 7, column: 4, a1: "'Q1 Report'!D7:H7" });
    expect(fake.activeSheet()).toBe('Q1 Report');
    expect(fake.selection()).toEqual({ sheet: 'Q1 Report', address: 'D7:H7' });
  });

  test('activates a sheet', async () => {
    await selectTarget(host, { sheet: 'Q1 Report' });
    await selectTarget(host, { sheet: 'Tasks' });
    expect(fake.activeSheet()).toBe('Tasks');
  });
});
