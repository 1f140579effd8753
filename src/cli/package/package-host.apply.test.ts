import ExcelJS from 'exceljs';
import { validateOoxmlBytes } from '../../../test/support/ooxml-validate';
import { rawWorkbook, tableXml } from '../../../test/cli/helpers/raw-workbook';
import {
  bytesOf,
  cellXml,
  changedParts,
  partNames,
  partText,
  reopen,
  rewritePart,
  sheetXml,
} from '../../../test/cli/helpers/xlsx-package';
import type { AddSheetOp, PlanOp } from '../../workbook/plan/write-plan';
import { PackageHost } from './package-host';

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

/** Applies ops to a workbook and returns its new bytes, and a host reading them. */
async function applied(ops: readonly PlanOp[], input?: Uint8Array) {
  const host = PackageHost.open(input ?? (await inputWorkbook()));
  await host.apply({ ops, newSheets: [] });
  const bytes = host.bytes();
  return { bytes, reopened: PackageHost.open(bytes) };
}

async function expectValid(bytes: Uint8Array): Promise<void> {
  expect((await validateOoxmlBytes(bytes)).invalid).toEqual(new Map());
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

/** The `<xf>` of a cell's style in the styles part. */
async function xfOf(bytes: Uint8Array, cell: string): Promise<string> {
  const index = Number(/ s="(\d+)"/.exec(cell)?.[1] ?? 0);
  const xfs = (await partText(bytes, 'xl/styles.xml')).split('<cellXfs')[1] ?? '';
  return [...xfs.matchAll(/<xf [^>]*>/g)][index]?.[0] ?? '';
}

describe('PackageHost.apply: input tables', () => {
  it('adds columns to a table, keeping it a valid table, and writes the cells', async () => {
    const { bytes, reopened } = await applied([addTrackingColumns]);
    const table = await partText(bytes, 'xl/tables/table1.xml');
    expect(table).toContain('ref="A1:D3"');
    expect(table).toContain('<tableColumns count="4">');
    expect(table).toContain('name="Blocker"');
    const [read] = await reopened.read([{ source: { kind: 'table', name: 'Tasks' } }]);
    expect(read?.header).toEqual(['Task ID', 'Status', 'Started At', 'Blocker']);
    expect(read?.rows).toEqual([
      ['T-1', 'in_progress', 46037.5, null],
      ['T-2', 'blocked', null, FORMULA_TEXT],
    ]);
    expect((await reopen(bytes)).getWorksheet('Tasks')?.getCell('C1').value).toBe('Started At');
    await expectValid(bytes);
  });

  it('writes text that looks like a formula as text with Excel’s quote prefix, never as a formula', async () => {
    const { bytes } = await applied([addTrackingColumns]);
    const cell = cellXml(await sheetXml(bytes, 'Tasks'), 'D3') ?? '';
    expect(cell).toContain('t="inlineStr"');
    expect(cell).not.toContain('<f>');
    expect(cell).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)'.replace(/&quot;/g, '"'));
    expect(await xfOf(bytes, cell)).toContain('quotePrefix="1"');
    expect((await reopen(bytes)).getWorksheet('Tasks')?.getCell('D3').value).toBe(FORMULA_TEXT);
  });

  it('changes the style of one cell without touching cells that shared it', async () => {
    const { bytes } = await applied([
      {
        ...addTrackingColumns,
        addColumns: [],
        cells: [{ row: 2, column: 1, value: 'T-1', numberFormat: '0.00' }],
      },
    ]);
    const sheet = (await reopen(bytes)).getWorksheet('Tasks');
    expect(sheet?.getCell('A2').numFmt).toBe('0.00');
    expect(sheet?.getCell('A2').font.bold).toBe(true);
    expect(sheet?.getCell('A3').numFmt).toBeUndefined();
    expect(sheet?.getCell('A3').font.bold).toBe(true);
  });

  it('keeps control characters and escape-like text exactly', async () => {
    const text = '\rline\u0001 _x0041_';
    const { reopened } = await applied([
      { ...addTrackingColumns, addColumns: [], cells: [{ row: 3, column: 2, value: text }] },
    ]);
    const [read] = await reopened.read([{ source: { kind: 'table', name: 'Tasks' } }]);
    expect(read?.rows[1]?.[1]).toBe(text);
  });

  it('refuses to add a column over cells that hold something, changing nothing', async () => {
    const wb = await reopen(await inputWorkbook());
    const tasks = wb.getWorksheet('Tasks');
    if (tasks === undefined) throw new Error('no Tasks sheet');
    tasks.getCell('C3').value = 'my note';
    const input = await bytesOf(wb);
    const host = PackageHost.open(input);
    await expect(host.apply({ ops: [addTrackingColumns], newSheets: [] })).rejects.toThrow(
      'cannot add columns to table Tasks: Tasks!C1:D3 must be empty, but C3 is not',
    );
    expect(host.bytes()).toBe(input);
  });

  it('adds a header to a sheet used as a table', async () => {
    const { reopened } = await applied([
      {
        kind: 'updateCells',
        source: { kind: 'sheet', name: 'Notes' },
        sheet: 'Notes',
        addColumns: [{ column: 2, header: 'Outcome' }],
        cells: [{ row: 2, column: 2, value: 'applied' }],
      },
    ]);
    const [read] = await reopened.read([{ source: { kind: 'sheet', name: 'Notes' } }]);
    expect(read).toMatchObject({ header: ['Key', 'Outcome'], rows: [[null, 'applied']] });
  });

  it('writes dates into a 1904 workbook in its own date system', async () => {
    const wb = await reopen(await inputWorkbook());
    wb.properties.date1904 = true;
    const { bytes, reopened } = await applied([addTrackingColumns], await bytesOf(wb));
    expect(cellXml(await sheetXml(bytes, 'Tasks'), 'C2')).toContain('<v>44575.5</v>');
    const [read] = await reopened.read([{ source: { kind: 'table', name: 'Tasks' } }]);
    expect(read?.rows[0]?.[2]).toBe(46037.5);
  });
});

describe('PackageHost.apply: logs', () => {
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
    const { bytes, reopened } = await applied([append]);
    expect(await partText(bytes, 'xl/tables/table2.xml')).toContain('ref="A1:B4"');
    const [read] = await reopened.read([{ source: { kind: 'table', name: 'TaskLog' } }]);
    expect(read?.rows).toEqual([
      ['T-0', 46000],
      ['T-1', 46037.25],
      ['+T-2', 46037.5],
    ]);
    expect((await reopen(bytes)).getWorksheet('Task Log')?.getCell('B4').numFmt).toBe('yyyy-mm-dd hh:mm');
    await expectValid(bytes);
  });

  it('appends 200,000 rows and reads them back (no spread of the rows overflows the stack)', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`T-${i + 1}`, 46037 + (i % 365)]);
    const { bytes, reopened } = await applied([{ ...append, rows }]);
    expect(await partText(bytes, 'xl/tables/table2.xml')).toContain('ref="A1:B200002"');
    const [read] = await reopened.read([{ source: { kind: 'table', name: 'TaskLog' } }]);
    expect(read?.rows.length).toBe(200_001);
    expect(read?.rows[200_000]).toEqual(['T-200000', 46037 + (199_999 % 365)]);
  });

  it('refuses rows that do not start right below the table', async () => {
    const host = PackageHost.open(await inputWorkbook());
    await expect(host.apply({ ops: [{ ...append, startRow: 5 }], newSheets: [] })).rejects.toThrow(
      'right below',
    );
  });

  it('refuses a table with a totals row', async () => {
    const input = await rawWorkbook({
      sheets: [
        {
          name: 'Task Log',
          xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>Task</t></is></c><c r="B1" t="inlineStr"><is><t>At</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>T-0</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>Total</t></is></c></row>',
          tables: [
            tableXml(1, 'TaskLog', 'A1:B3', ['Task', 'At']).replace(
              'totalsRowCount="0"',
              'totalsRowCount="1"',
            ),
          ],
        },
      ],
    });
    const host = PackageHost.open(input);
    await expect(host.apply({ ops: [{ ...append, startRow: 4 }], newSheets: [] })).rejects.toThrow(
      'table TaskLog has a totals row',
    );
  });

  it('gives appended rows the formulas of the table’s calculated columns', async () => {
    const calculated = tableXml(1, 'TaskLog', 'A1:C2', ['Task', 'At', 'Day']).replace(
      '<tableColumn id="3" name="Day"/>',
      '<tableColumn id="3" name="Day"><calculatedColumnFormula>INT(TaskLog[[#This Row],[At]])</calculatedColumnFormula></tableColumn>',
    );
    const input = await rawWorkbook({
      sheets: [
        {
          name: 'Task Log',
          xml:
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Task</t></is></c><c r="B1" t="inlineStr"><is><t>At</t></is></c><c r="C1" t="inlineStr"><is><t>Day</t></is></c></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><t>T-0</t></is></c><c r="B2"><v>46000.5</v></c><c r="C2"><f>INT(TaskLog[[#This Row],[At]])</f><v>46000</v></c></row>',
          tables: [calculated],
        },
      ],
    });
    const { bytes } = await applied([{ ...append, rows: [['T-1', 46037.25]] }], input);
    expect(cellXml(await sheetXml(bytes, 'Task Log'), 'C3')).toContain(
      '<f>INT(TaskLog[[#This Row],[At]])</f>',
    );
    expect(await partText(bytes, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
    await expectValid(bytes);
  });

  it('creates a new table with formats, widths and drop-downs', async () => {
    const { bytes, reopened } = await applied([
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
    expect(await reopened.inventory()).toMatchObject({
      tables: expect.arrayContaining([{ name: 'Learnings', sheet: 'Learnings' }]) as unknown,
    });
    const [read] = await reopened.read([{ source: { kind: 'table', name: 'Learnings' } }]);
    expect(read?.rows).toEqual([[46037.5, 'MEASURED', '@risk: CTR 2.1%']]);
    const xml = await sheetXml(bytes, 'Learnings');
    expect(xml).toMatch(
      /<dataValidation type="list" allowBlank="1"[^>]*sqref="B2:B1001"><formula1>"MEASURED,ESTIMATED,INFERENCE"<\/formula1>/,
    );
    expect(xml).toContain('<col min="3" max="3" width="60" customWidth="1"/>');
    expect(xml).toContain('state="frozen"');
    expect(await partText(bytes, 'xl/tables/table3.xml')).toContain('ref="A1:C2"');
    await expectValid(bytes);
  });

  it('gives a new table without rows one empty data row', async () => {
    const { bytes } = await applied([
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

  it('refuses a table name the workbook already uses', async () => {
    const host = PackageHost.open(await inputWorkbook());
    await expect(
      host.apply({
        ops: [
          {
            kind: 'createTable',
            sheet: 'Log 2',
            table: 'tasklog',
            header: ['A'],
            rows: [],
            columnFormats: [null],
            columnWidths: [10],
          },
        ],
        newSheets: [],
      }),
    ).rejects.toThrow('already uses the name tasklog');
  });
});

export const reportSheet: AddSheetOp = {
  kind: 'addSheet',
  name: "Report C-1's",
  cells: [
    { row: 1, column: 1, value: 'AT RISK', style: { bold: true, fill: '#FFEB9C', fontSize: 14 } },
    { row: 3, column: 1, value: 'KPI' },
    { row: 3, column: 2, value: '% of target' },
    { row: 4, column: 1, value: 'CTR' },
    { row: 4, column: 2, value: 45.5 },
    { row: 5, column: 1, value: 'CPA' },
    { row: 5, column: 2, value: 'DATA PENDING — ETA: 2026-01-16' },
    { row: 6, column: 1, value: '-1 tasks', style: { monospace: true, wrap: true, borderBottom: true } },
  ],
  merges: [{ row: 1, column: 1, rows: 1, columns: 4 }],
  columnWidths: { 1: 30, 2: 14 },
  rowHeights: { 6: 45 },
  rag: [{ range: { row: 4, column: 2, rows: 2, columns: 1 }, redBelow: 50, greenFrom: 90 }],
  charts: [
    {
      type: 'barClustered',
      title: 'KPIs',
      data: { row: 3, column: 1, rows: 3, columns: 2 },
      anchor: { row: 8, column: 1, rows: 10, columns: 6 },
    },
  ],
  tabColor: '#C00000',
  print: { orientation: 'landscape', fitToWidth: 1, area: { row: 1, column: 1, rows: 6, columns: 4 } },
};

describe('PackageHost.apply: report sheets', () => {
  it('adds a sheet with merges, widths, heights, RAG formats, tab colour, print setup and a native chart', async () => {
    const { bytes } = await applied([reportSheet]);
    const report = (await reopen(bytes)).getWorksheet("Report C-1's");
    expect([report?.getCell('A1').alignment.vertical, report?.getCell('B4').alignment.vertical]).toEqual([
      'top',
      'top',
    ]);
    expect(report?.getCell('A6').alignment.wrapText).toBe(true);
    expect(report?.getCell('A6').font.name).toBe('Consolas');
    expect(report?.getCell('A1').font.bold).toBe(true);
    expect(report?.getRow(6).height).toBe(45);
    const xml = await sheetXml(bytes, "Report C-1's");
    expect(xml).toContain('<mergeCell ref="A1:D1"/>');
    expect(xml).toMatch(/<tabColor rgb="FFC00000"\/>/);
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(xml).toMatch(/<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
    expect(xml).toContain('<conditionalFormatting sqref="B4:B5">');
    expect(xml).toContain('<formula>AND(ISNUMBER(B4),B4&lt;50)</formula>');
    expect(xml).toContain('<formula>AND(ISNUMBER(B4),B4&gt;=90)</formula>');
    expect(xml).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(await partText(bytes, 'xl/workbook.xml')).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="3">'Report C-1''s'!$A$1:$D$6</definedName>`,
    );
    const chart = await partText(bytes, 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain(`<c:f>'Report C-1''s'!$B$4:$B$5</c:f>`);
    expect(chart).toContain('<c:pt idx="0"><c:v>45.5</c:v></c:pt>');
    expect(chart).toContain('<a:t>KPIs</a:t>');
    expect(await partText(bytes, '[Content_Types].xml')).toContain(
      'PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
    );
    expect(cellXml(xml, 'A6')).not.toContain('<f>');
    await expectValid(bytes);
  });

  it('refuses a sheet name that exists already, ignoring case', async () => {
    const host = PackageHost.open(await inputWorkbook());
    await expect(host.apply({ ops: [{ ...reportSheet, name: 'TASKS' }], newSheets: [] })).rejects.toThrow(
      'already has a sheet named TASKS',
    );
  });

  it('deletes a sheet it added, and with it its drawing, charts and print area', async () => {
    const { bytes: withReport } = await applied([reportSheet]);
    const { bytes, reopened } = await applied([{ kind: 'deleteSheet', name: "Report C-1's" }], withReport);
    expect((await reopened.inventory()).sheets).toEqual(['Tasks', 'Task Log', 'Notes']);
    expect((await partNames(bytes)).filter((n) => /chart|drawing|sheet4/.test(n))).toEqual([]);
    expect(await partText(bytes, 'xl/workbook.xml')).not.toContain('Print_Area');
    expect(await partText(bytes, '[Content_Types].xml')).not.toContain('chart');
    await expectValid(bytes);
  });
});

describe('PackageHost.apply: what it keeps', () => {
  /** A workbook with parts and markup the tool does not own. */
  async function richWorkbook(): Promise<Uint8Array> {
    return rawWorkbook({
      workbookType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      sheets: [
        {
          name: 'Tasks',
          xml:
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">' +
            '<sheetPr codeName="Sheet1"/><dimension ref="A1:C3"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>' +
            '<sheetData>' +
            '<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
            '<row r="2" spans="1:3" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2"><f t="shared" ref="C2:C3" si="0">LEN(B2)</f><v>7</v></c></row>' +
            '<row r="3" spans="1:3" ht="20" customHeight="1" x14ac:dyDescent="0.25"><c r="A3" t="s"><v>5</v></c><c r="B3" t="s"><v>6</v></c><c r="C3"><f t="shared" si="0"/><v>7</v></c></row>' +
            '</sheetData>' +
            '<conditionalFormatting sqref="B2:B3"><cfRule type="containsText" dxfId="0" priority="1" operator="containsText" text="blocked"><formula>NOT(ISERROR(SEARCH("blocked",B2)))</formula></cfRule></conditionalFormatting>' +
            '<hyperlinks><hyperlink ref="A2" location="\'Tasks\'!A3" display="next"/></hyperlinks>' +
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
            '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' +
            '</worksheet>',
          tables: [tableXml(1, 'Tasks', 'A1:C3', ['Task ID', 'Status', 'Length'])],
        },
        { name: 'Big', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      ],
      sharedStrings: [
        '<t>Task ID</t>',
        '<t>Status</t>',
        '<t>Length</t>',
        '<t>T-1</t>',
        '<t>pending</t>',
        '<t>T-2</t>',
        '<t>blocked</t>',
      ],
      extraParts: {
        'xl/vbaProject.bin': 'VBA bytes',
        'customXml/item1.xml': '<?xml version="1.0"?><labels/>',
        'docProps/custom.xml': '<?xml version="1.0"?><Properties/>',
      },
    });
  }

  const setStatus: PlanOp = {
    kind: 'updateCells',
    source: { kind: 'table', name: 'Tasks' },
    sheet: 'Tasks',
    addColumns: [{ column: 4, header: 'Outcome' }],
    cells: [
      { row: 2, column: 2, value: 'in_progress' },
      { row: 3, column: 4, value: 'applied' },
    ],
  };

  it('changes only the parts it owns; every other part keeps its bytes', async () => {
    const input = await richWorkbook();
    const { bytes } = await applied([setStatus], input);
    expect(changedParts(input, bytes)).toEqual(
      ['[Content_Types].xml', 'xl/tables/table1.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].filter(
        (n) => n !== '[Content_Types].xml',
      ),
    );
    expect(await partText(bytes, '[Content_Types].xml')).toContain('macroEnabled');
    expect(await partText(bytes, 'xl/vbaProject.bin')).toBe('VBA bytes');
  });

  it('keeps every element and attribute of a patched sheet that it does not own', async () => {
    const input = await richWorkbook();
    const { bytes } = await applied([setStatus], input);
    const xml = await sheetXml(bytes, 'Tasks');
    expect(xml).toContain('<sheetPr codeName="Sheet1"/>');
    expect(xml).toContain('<dimension ref="A1:D3"/>');
    expect(xml).toContain('<row r="3" spans="1:4" ht="20" customHeight="1" x14ac:dyDescent="0.25">');
    expect(xml).toContain('<c r="A2" t="s"><v>3</v></c>');
    expect(xml).toContain('<conditionalFormatting sqref="B2:B3">');
    expect(xml).toContain('<hyperlink ref="A2" location="\'Tasks\'!A3" display="next"/>');
    expect(cellXml(xml, 'B2')).toBe('<c r="B2" t="inlineStr"><is><t>in_progress</t></is></c>');
  });

  it('writes out a shared formula whose first cell it overwrites, and has Excel recalculate', async () => {
    const input = await rawWorkbook({
      sheets: [
        {
          name: 'S',
          xml:
            '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>' +
            '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>' +
            '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>',
        },
      ],
      extraParts: { 'xl/calcChain.xml': '<calcChain/>' },
    });
    const { bytes } = await applied(
      [
        {
          kind: 'updateCells',
          source: { kind: 'sheet', name: 'S' },
          sheet: 'S',
          addColumns: [],
          cells: [{ row: 1, column: 2, value: 'done' }],
        },
      ],
      input,
    );
    const xml = await sheetXml(bytes, 'S');
    expect(cellXml(xml, 'B2')).toBe('<c r="B2"><f>A2*2</f><v>4</v></c>');
    expect(cellXml(xml, 'B3')).toBe('<c r="B3"><f>A3*2</f><v>6</v></c>');
    expect(await partText(bytes, 'xl/workbook.xml')).toContain('<calcPr fullCalcOnLoad="1"/>');
    await expectValid(bytes);
  });

  it('refuses to write into an array formula', async () => {
    const input = await rawWorkbook({
      sheets: [
        {
          name: 'S',
          xml: '<row r="1"><c r="A1"><f t="array" ref="A1:A2">{1;2}</f><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>',
        },
      ],
    });
    const host = PackageHost.open(input);
    await expect(
      host.apply({
        ops: [
          {
            kind: 'updateCells',
            source: { kind: 'sheet', name: 'S' },
            sheet: 'S',
            addColumns: [],
            cells: [{ row: 2, column: 1, value: 'x' }],
          },
        ],
        newSheets: [],
      }),
    ).rejects.toThrow('cannot write S!A2: it is part of an array formula');
  });

  it('writes new sheets of a Strict workbook in Strict namespaces, and keeps the element prefix of patched parts', async () => {
    const input = await rawWorkbook({
      strict: true,
      prefix: 'x',
      sheets: [{ name: 'S', xml: '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>' }],
    });
    const { bytes, reopened } = await applied(
      [
        {
          kind: 'updateCells',
          source: { kind: 'sheet', name: 'S' },
          sheet: 'S',
          addColumns: [],
          cells: [{ row: 2, column: 1, value: 'two' }],
        },
        reportSheet,
      ],
      input,
    );
    expect(await sheetXml(bytes, 'S')).toContain(
      '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>two</x:t></x:is></x:c></x:row>',
    );
    expect(await sheetXml(bytes, "Report C-1's")).toContain(
      'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"',
    );
    expect(await partText(bytes, 'xl/workbook.xml')).toContain(
      '<x:sheet name="Report C-1&apos;s"'.replace('&apos;', "'"),
    );
    const [read] = await reopened.read([{ source: { kind: 'sheet', name: 'S' } }]);
    expect(read?.rows).toEqual([['two']]);
  });
});

describe('PackageHost.apply: what producers write (found in the corpus, test/corpus)', () => {
  const cell: PlanOp = {
    kind: 'updateCells',
    source: { kind: 'sheet', name: 'S' },
    sheet: 'S',
    addColumns: [],
    cells: [{ row: 1, column: 2, value: 'x', style: { borderBottom: true }, numberFormat: '0.0' }],
  };

  it('refuses to add a sheet to a workbook whose structure is protected, naming the protection', async () => {
    const input = await rawWorkbook({
      sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
    });
    const locked = await rewritePart(input, 'xl/workbook.xml', (x) =>
      x.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'),
    );
    const host = PackageHost.open(locked);
    await expect(host.apply({ ops: [reportSheet], newSheets: [] })).rejects.toThrow(
      "the workbook's structure is protected",
    );
    expect(host.bytes()).toBe(locked);
  });

  it('declares the relationships namespace on a new <sheet> when the workbook declares it on each sheet (openpyxl)', async () => {
    const input = await rawWorkbook({
      sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
    });
    const perSheet = await rewritePart(input, 'xl/workbook.xml', (x) =>
      x
        .replace(' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"', '')
        .replace(
          '<sheet ',
          '<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
        ),
    );
    const { bytes } = await applied([reportSheet], perSheet);
    expect(await partText(bytes, 'xl/workbook.xml')).toContain(
      'r:id="rId4" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>',
    );
    await expectValid(bytes);
  });

  it('derives styles right where the styles part writes borders as start/end, or wraps records in mc:AlternateContent', async () => {
    const input = await rawWorkbook({
      sheets: [
        { name: 'S', xml: '<row r="1"><c r="A1" s="1"><v>46000</v></c><c r="B1" s="2"><v>1</v></c></row>' },
      ],
      styles: {
        numFmts: '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>',
        cellXfs:
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
          '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="hs"><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/></mc:Choice><mc:Fallback><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></mc:Fallback></mc:AlternateContent>' +
          '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      },
    });
    const strictBorders = await rewritePart(input, 'xl/styles.xml', (x) =>
      x
        .replace('<border><left/><right/>', '<border><start/><end/>')
        .replace('<cellXfs count="4">', '<cellXfs count="3">'),
    );
    const host = PackageHost.open(strictBorders);
    const [read] = await host.read([{ source: { kind: 'sheet', name: 'S' }, withNumberFormats: true }]);
    expect(read?.header).toEqual([46000, 1]);
    const { bytes } = await applied([cell], strictBorders);
    const styles = await partText(bytes, 'xl/styles.xml');
    expect(styles).toContain('<cellXfs count="4">');
    expect(styles).toContain(
      '<border><start/><end/><top/><bottom style="thin"><color rgb="FF808080"/></bottom><diagonal/></border>',
    );
    const b1 = cellXml(await sheetXml(bytes, 'S'), 'B1') ?? '';
    expect(b1).toContain(' s="3"');
  });
});
