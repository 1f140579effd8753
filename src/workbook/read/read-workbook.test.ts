import type { Inventory, RawTable, ReadRequest, WorkbookHost } from '../host';
import { readWorkbook } from './read-workbook';

function stubHost(inventory: Inventory): WorkbookHost & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    inventory: () => {
      calls.push('inventory');
      return Promise.resolve(inventory);
    },
    read: (requests: readonly ReadRequest[]) => {
      calls.push(requests);
      return Promise.resolve<RawTable[]>([]);
    },
    apply: () => Promise.reject(new Error('no writes')),
  };
}

describe('readWorkbook', () => {
  it('asks the host for its inventory, then reads every chosen source in one call', async () => {
    const host = stubHost({ sheets: ['Campaigns', 'Tasks'], tables: [{ name: 'KPIs', sheet: 'Tasks' }] });
    const result = await readWorkbook(host);
    expect(host.calls).toEqual([
      'inventory',
      [
        { source: { kind: 'sheet', name: 'Campaigns' }, withNumberFormats: true },
        { source: { kind: 'sheet', name: 'Tasks' } },
        { source: { kind: 'table', name: 'KPIs' }, withNumberFormats: true },
      ],
    ]);
    expect(result.inventory.sheets).toEqual(['Campaigns', 'Tasks']);
  });

  it('still makes its two calls for an empty workbook, and reports what is missing', async () => {
    const host = stubHost({ sheets: [], tables: [] });
    const result = await readWorkbook(host);
    expect(host.calls).toEqual(['inventory', []]);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual([
      'missing_table',
      'missing_table',
      'missing_table',
      'missing_table',
    ]);
  });
});
