/// <reference types="office-js" />
import type { ImportRequest } from '../../../src/excel/operator-actions';
import { pasteCells } from '../../support/paste-export';
import {
  importWorkbookBytes,
  paneWorkbook,
  previewOf,
  selectionRequest as selection,
  wroteAny,
  type Pane,
} from './import-workbooks';

let workbook: Uint8Array;
let pane: Pane;
beforeAll(async () => {
  workbook = await importWorkbookBytes();
});
beforeEach(async () => {
  pane = await paneWorkbook(workbook);
});
afterEach(() => pane.fake.uninstall());

const preview = (request: ImportRequest) => previewOf(pane, request);
const wrote = () => wroteAny(pane);

describe('Import pasted range', () => {
  const SMALL = [
    ['By Day', 'Campaign name', 'Cost', 'Impression', 'Clicks (Destination)', 'Conversions'],
    ['2025-05-18', 'Spring', '40.00', '16000', '240', '5'],
    ['2025-05-19', 'Spring', 'abc', '14000', '210', '4'],
  ];

  it('reads the selection in one sync and names the pasted cell of a problem', async () => {
    await pasteCells(pane.fake, 'Export', { row: 3, column: 2 }, SMALL);
    const before = pane.fake.describe();
    const p = await pane.actions.prepareImport(selection());
    expect(p).toEqual({
      kind: 'import_problems',
      problems: [
        {
          code: 'invalid_number',
          text: 'Export!D5, Cost "abc" is not a number',
          address: { sheet: 'Export', row: 5, column: 4, a1: 'Export!D5' },
        },
      ],
    });
    expect(pane.fake.syncCount).toBe(3); // the selection, the inventory, the three tables
    expect(pane.fake.describe()).toEqual(before);
    expect(wrote()).toBe(false);
  });

  it('reads only the used part of whole selected columns, and leaves the pasted range as it is', async () => {
    const cells = SMALL.map((r, i) => (i === 2 ? r.map((c) => (c === 'abc' ? '35.50' : c)) : r));
    await pasteCells(pane.fake, 'Export', { row: 3, column: 2 }, cells);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Export').getRange('A:H').select();
      await context.sync();
    });
    const pasted = pane.fake.values('Export!B3:G5');
    const p = await preview(selection());
    expect(p.source).toEqual({ kind: 'selection', address: 'Export!B3:G5' });
    expect(p.counts).toMatchObject({ rowsRead: 2, added: 2 });
    await pane.actions.commitImport(p);
    expect(pane.fake.values('Export!B3:G5')).toEqual(pasted);
  });

  it.each([
    ['one cell', 'Export!B3', 'Only one cell is selected.'],
    ['empty cells', 'Export!B3:D9', 'The selected cells are empty.'],
  ])('refuses %s before reading the workbook', async (_, range, start) => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Export').getRange(range.split('!')[1]).select();
      await context.sync();
    });
    pane.fake.resetSyncLog();
    const p = await pane.actions.prepareImport(selection());
    expect(p).toMatchObject({ kind: 'import_problems', problems: [{ code: 'selection', address: null }] });
    expect(p.kind === 'import_problems' && p.problems[0]?.text.startsWith(start)).toBe(true);
    expect(pane.fake.syncCount).toBe(1);
  });

  it('keeps text that looks like a formula inert in what it writes', async () => {
    const hostile = [
      ['Campaign', 'Campaign type', 'Day', 'Impr.', 'Clicks', 'Cost', 'Conv. value'],
      ['Brand', '=HYPERLINK("http://evil.example","x")', '2025-05-18', '100', '10', '5.00', '0'],
    ];
    await pasteCells(pane.fake, 'Export', { row: 1, column: 1 }, hostile, true);
    await pane.actions.commitImport(await preview(selection({ channel: '+cmd|calc!A0' })));
    const written = pane.fake.cell('ChannelMetrics!B4');
    expect(written).toMatchObject({ value: '+cmd|calc!A0', quotePrefix: true });
    expect(written.formula).toBeNull();
  });
});
