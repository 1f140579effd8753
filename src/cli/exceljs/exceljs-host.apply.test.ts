import ExcelJS from 'exceljs';
import { bytesOf, cellXml, partText, sheetXml } from '../../../test/cli/helpers/xlsx-package';
import type { AddSheetOp, PlanOp } from '../../workbook/plan/write-plan';
import { loadWorkbook, workbookBytes } from './workbook-file';

const FORMULA_TEXT = '=HYPERLINK("http://x","y")';

async function inputWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const tasks = wb.addWorksheet('Tasks');
  tasks.addTable({
    name: 'Tasks',
    ref: 'A1',
    columns: [{ name: 'Task ID' }, { name: 'Status' }],
    rows: [
      ['T-1', 'pending'],
      ['T-2', 'blocked'],
    ],
  });
  tasks.getCell('A2').font = { bold: true };
  tasks.getCell('A3').font = { bold: true };
  const log = wb.addWorksheet('Task Log');
  log.addTable({
    name: 'TaskLog',
    ref: 'A1',
    columns: [{ name: 'Task' }, { name: 'At' }],
    rows: [['T-0', 46000]],
  });
  wb.addWorksheet('Notes').getCell('A1').value = 'Key';
  return bytesOf(wb);
}

/** Applies ops to the input workbook, writes it, and loads the written file back. */
async function applyAndReopen(ops: readonly PlanOp[], input?: Uint8Array) {
  const { workbook, host } = await loadWorkbook(input ?? (await inputWorkbook()));
  await host.apply({ ops, newSheets: [] });
  const bytes = await workbookBytes(workbook);
  return { bytes, reopened: await loadWorkbook(bytes) };
}

const addTrackingColumns: PlanOp = {
  kind: 'updateCells',
  source: { kind: 'table', name: 'Tasks' },
  sheet: 'Tasks',
  addColumns: [
    { column: 3, header: 'Started At' },
    { column: 4, header: 'Blocker' },
  ],
  cells: [
    { row: 2, column: 2, value: 'in_progress' },
    { row: 2, column: 3, value: 46037.5, numberFormat: 'yyyy-mm-dd hh:mm' },
    { row: 3, column: 4, value: FORMULA_TEXT },
  ],
};

describe('ExcelJsHost.apply: input tables', () => {
  it('adds columns to a loaded table, keeping it a valid table, and writes the cells', async () => {
    const { bytes, reopened } = await applyAndReopen([addTrackingColumns]);
    const table = await partText(bytes, 'xl/tables/table1.xml');
    expect(table).toContain('ref="A1:D3"');
    expect(table).toContain('<tableColumns count="4">');
    expect(table).toContain('name="Blocker"');
    const [read] = await reopened.host.read([{ source: { kind: 'table', name: 'Tasks' } }]);
    expect(read?.header).toEqual(['Task ID', 'Status', 'Started At', 'Blocker']);
    expect(read?.rows).toEqual([
      ['T-1', 'in_progress', 46037.5, null],
      ['T-2', 'blocked', null, FORMULA_TEXT],
    ]);
  });

  it('writes text that looks like a formula as a text cell with the Text format, never as a formula', async () => {
    const { bytes } = await applyAndReopen([addTrackingColumns]);
    const cell = cellXml(await sheetXml(bytes, 'Tasks'), 'D3') ?? '';
    expect(cell).toContain('t="s"');
    expect(cell).not.toContain('<f>');
    expect(await partText(bytes, 'xl/sharedStrings.xml')).toContain(
      '=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)',
    );
    const styleIndex = Number(/ s="(\d+)"/.exec(cell)?.[1]);
    const xfs = (await partText(bytes, 'xl/styles.xml')).split('<cellXfs')[1] ?? '';
    const xf = [...xfs.matchAll(/<xf [^>]*>/g)][styleIndex]?.[0] ?? '';
    expect(xf).toContain('numFmtId="49"'); // 49 is Excel's built-in Text format, "@"
  });

  it('changes the format of one cell without touching cells that shared its style', async () => {
    const { reopened } = await applyAndReopen([
      {
        ...addTrackingColumns,
        addColumns: [],
        cells: [{ row: 2, column: 1, value: '=T-1', numberFormat: '0.00' }],
      },
    ]);
    const sheet = reopened.workbook.getWorksheet('Tasks');
    expect(sheet?.getCell('A2').numFmt).toBe('@');
    expect(sheet?.getCell('A3').numFmt).toBeUndefined();
    expect(sheet?.getCell('A3').font.bold).toBe(true);
  });

  it('keeps control characters and escape-like text exactly', async () => {
    const text = '\rline\u0001 _x0041_';
    const { reopened } = await applyAndReopen([
      { ...addTrackingColumns, addColumns: [], cells: [{ row: 3, column: 2, value: text }] },
    ]);
    const [read] = await reopened.host.read([{ source: { kind: 'table', name: 'Tasks' } }]);
    expect(read?.rows[1]?.[1]).toBe(text);
  });

  it('refuses to add a column over cells that hold something', async () => {
    const { workbook, host } = await loadWorkbook(await inputWorkbook());
    const tasks = workbook.getWorksheet('Tasks');
    if (tasks === undefined) throw new Error('no Tasks sheet');
    tasks.getCell('C3').value = 'my note';
    await expect(host.apply({ ops: [addTrackingColumns], newSheets: [] })).rejects.toThrow(
      'Tasks!C1:D3 must be empty',
    );
  });

  it('adds a header to a sheet used as a table', async () => {
    const { reopened } = await applyAndReopen([
      {
        kind: 'updateCells',
        source: { kind: 'sheet', name: 'Notes' },
        sheet: 'Notes',
        addColumns: [{ column: 2, header: 'Outcome' }],
        cells: [{ row: 2, column: 2, value: 'applied' }],
      },
    ]);
    const [read] = await reopened.host.read([{ source: { kind: 'sheet', name: 'Notes' } }]);
    expect(read).toMatchObject({ header: ['Key', 'Outcome'], rows: [[null, 'applied']] });
  });
});

describe('ExcelJsHost.apply: logs', () => {
  const append: PlanOp = {
    kind: 'appendRows',
    source: { kind: 'table', name: 'TaskLog' },
    sheet: 'Task Log',
    startRow: 3,
    firstColumn: 1,
    rows: [
      ['T-1', 46037.25],
      ['+T-2', 46037.5],
    ],
    columnFormats: [null, 'yyyy-mm-dd hh:mm'],
  };

  it('appends rows and grows the table', async () => {
    const { bytes, reopened } = await applyAndReopen([append]);
    expect(await partText(bytes, 'xl/tables/table2.xml')).toContain('ref="A1:B4"');
    const [read] = await reopened.host.read([{ source: { kind: 'table', name: 'TaskLog' } }]);
    expect(read?.rows).toEqual([
      ['T-0', 46000],
      ['T-1', 46037.25],
      ['+T-2', 46037.5],
    ]);
    expect(reopened.workbook.getWorksheet('Task Log')?.getCell('B4').numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('refuses rows that do not start right below the table', async () => {
    const { host } = await loadWorkbook(await inputWorkbook());
    await expect(host.apply({ ops: [{ ...append, startRow: 5 }], newSheets: [] })).rejects.toThrow(
      'right below',
    );
  });

  it('creates a new table with formats, widths and drop-downs', async () => {
    const { bytes, reopened } = await applyAndReopen([
      {
        kind: 'createTable',
        sheet: 'Learnings',
        table: 'Learnings',
        header: ['Recorded At', 'Label', 'Learning'],
        rows: [[46037.5, 'MEASURED', '@risk: CTR 2.1%']],
        columnFormats: ['yyyy-mm-dd hh:mm', null, null],
        columnWidths: [18, 12, 60],
        validations: [{ column: 1, choices: ['MEASURED', 'ESTIMATED', 'INFERENCE'] }],
      },
    ]);
    expect(await reopened.host.inventory()).toMatchObject({
      tables: expect.arrayContaining([{ name: 'Learnings', sheet: 'Learnings' }]) as unknown,
    });
    const [read] = await reopened.host.read([{ source: { kind: 'table', name: 'Learnings' } }]);
    expect(read?.rows).toEqual([[46037.5, 'MEASURED', '@risk: CTR 2.1%']]);
    const xml = await sheetXml(bytes, 'Learnings');
    expect(xml).toMatch(
      /<dataValidation type="list" allowBlank="1"[^>]*sqref="B2:B1001"><formula1>&quot;MEASURED,ESTIMATED,INFERENCE&quot;<\/formula1>/,
    );
    expect(xml).toContain('<col min="3" max="3" width="60" customWidth="1"/>');
    expect(await partText(bytes, 'xl/tables/table3.xml')).toContain('ref="A1:C2"');
  });

  it('gives a new table without rows one empty data row', async () => {
    const { bytes } = await applyAndReopen([
      {
        kind: 'createTable',
        sheet: 'Campaigns',
        table: 'Campaigns',
        header: ['Campaign ID', 'Status'],
        rows: [],
        columnFormats: [null, null],
        columnWidths: [14, 12],
      },
    ]);
    expect(await partText(bytes, 'xl/tables/table3.xml')).toContain('ref="A1:B2"');
  });
});

export const reportSheet: AddSheetOp = {
  kind: 'addSheet',
  name: 'Report C-1',
  cells: [
    { row: 1, column: 1, value: 'AT RISK', style: { bold: true, fill: '#FFEB9C', fontSize: 14 } },
    { row: 3, column: 1, value: 'CTR' },
    { row: 3, column: 2, value: 45.5 },
    { row: 4, column: 2, value: 'DATA PENDING — ETA: 2026-01-16' },
    { row: 6, column: 1, value: '-1 tasks', style: { monospace: true, wrap: true } },
  ],
  merges: [{ row: 1, column: 1, rows: 1, columns: 4 }],
  columnWidths: { 1: 30, 2: 14 },
  rowHeights: { 6: 45 },
  rag: [{ range: { row: 3, column: 2, rows: 2, columns: 1 }, redBelow: 50, greenFrom: 90 }],
  charts: [
    {
      type: 'barClustered',
      title: 'KPIs',
      data: { row: 3, column: 1, rows: 2, columns: 2 },
      anchor: { row: 8, column: 1, rows: 10, columns: 6 },
    },
  ],
  tabColor: '#C00000',
  print: { orientation: 'landscape', fitToWidth: 1, area: { row: 1, column: 1, rows: 6, columns: 4 } },
};

describe('ExcelJsHost.apply: report sheets', () => {
  it('adds a sheet with merges, widths, RAG formatting, tab colour and print setup (charts skipped)', async () => {
    const { bytes, reopened } = await applyAndReopen([reportSheet]);
    const report = reopened.workbook.getWorksheet('Report C-1');
    expect([report?.getCell('A1').alignment.vertical, report?.getCell('B3').alignment.vertical]).toEqual([
      'top',
      'top',
    ]);
    expect(report?.getCell('A6').alignment.wrapText).toBe(true);
    expect(report?.getRow(6).height).toBe(45);
    const xml = await sheetXml(bytes, 'Report C-1');
    expect(xml).toContain('<mergeCell ref="A1:D1"/>');
    expect(xml).toMatch(/<tabColor rgb="FFC00000"\/>/);
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*/);
    expect(xml).toMatch(/fitToWidth="1"/);
    expect(xml).toMatch(/fitToHeight="0"/);
    expect(xml).toContain('<conditionalFormatting sqref="B3:B4">');
    expect(xml).toContain('<formula>AND(ISNUMBER(B3),B3&lt;50)</formula>');
    expect(xml).toContain('<formula>AND(ISNUMBER(B3),B3&gt;=90)</formula>');
    expect(xml).not.toContain('<drawing');
    expect(await partText(bytes, 'xl/workbook.xml')).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="3">&apos;Report C-1&apos;!$A$1:$D$6</definedName>`,
    );
    expect(cellXml(xml, 'A6')).not.toContain('<f>');
  });

  it('refuses a sheet name that exists already, ignoring case', async () => {
    const { host } = await loadWorkbook(await inputWorkbook());
    await expect(host.apply({ ops: [{ ...reportSheet, name: 'TASKS' }], newSheets: [] })).rejects.toThrow(
      'already has a sheet named TASKS',
    );
  });

  it('deletes a sheet', async () => {
    const { reopened } = await applyAndReopen([reportSheet, { kind: 'deleteSheet', name: 'Report C-1' }]);
    expect((await reopened.host.inventory()).sheets).toEqual(['Tasks', 'Task Log', 'Notes']);
  });
});
