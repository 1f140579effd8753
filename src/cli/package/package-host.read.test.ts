import ExcelJS from 'exceljs';
import { bytesOf, rewritePart } from '../../../test/cli/helpers/xlsx-package';
import { rawWorkbook, tableXml } from '../../../test/cli/helpers/raw-workbook';
import { UNCALCULATED_ERROR } from './read/cell-value';
import { PackageHost } from './package-host';

async function tasksWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Read me').getCell('A1').value = 'notes';
  const ws = wb.addWorksheet('Tasks');
  ws.addTable({
    name: 'Tasks',
    ref: 'B3',
    columns: [{ name: 'Task ID' }, { name: 'Hours' }],
    rows: [
      ['T-1', 4],
      [null, null],
      ['T-2', 2.5],
    ],
  });
  ws.getCell('C4').numFmt = '0.0';
  const settings = wb.addWorksheet('Settings');
  settings.getCell('C2').value = 'Key';
  settings.getCell('D2').value = 'Value';
  settings.getCell('C3').value = 'Retry Limit';
  settings.getCell('D3').value = 5;
  settings.getCell('B9').numFmt = '0.00'; // formatting alone does not widen the used range
  return bytesOf(wb);
}

/** Reads sheet S's used range of a raw workbook: header row first. */
async function cellsOf(...args: Parameters<typeof rawWorkbook>) {
  const host = PackageHost.open(await rawWorkbook(...args));
  const [sheet] = await host.read([{ source: { kind: 'sheet', name: args[0].sheets[0]?.name ?? 'S' } }]);
  return sheet === undefined ? [] : [sheet.header, ...sheet.rows];
}

describe('PackageHost reading', () => {
  it('lists sheets in tab order and tables with their sheet', async () => {
    const host = PackageHost.open(await tasksWorkbook());
    expect(await host.inventory()).toEqual({
      sheets: ['Read me', 'Tasks', 'Settings'],
      tables: [{ name: 'Tasks', sheet: 'Tasks' }],
    });
  });

  it('reads a table: header, data rows (blank ones kept) and number formats on request', async () => {
    const host = PackageHost.open(await tasksWorkbook());
    const [table] = await host.read([{ source: { kind: 'table', name: 'tasks' }, withNumberFormats: true }]);
    expect(table).toMatchObject({
      sheet: 'Tasks',
      headerRow: 3,
      firstColumn: 2,
      header: ['Task ID', 'Hours'],
      rows: [
        ['T-1', 4],
        [null, null],
        ['T-2', 2.5],
      ],
    });
    expect(table?.numberFormats?.[0]).toEqual([null, '0.0']);
  });

  it('reads a sheet from its first used cell, ignoring cells that are only formatted', async () => {
    const host = PackageHost.open(await tasksWorkbook());
    const [sheet] = await host.read([{ source: { kind: 'sheet', name: 'Settings' } }]);
    expect(sheet).toEqual({
      source: { kind: 'sheet', name: 'Settings' },
      sheet: 'Settings',
      headerRow: 2,
      firstColumn: 3,
      header: ['Key', 'Value'],
      rows: [['Retry Limit', 5]],
    });
  });

  it('rejects a source that does not exist', async () => {
    const host = PackageHost.open(await tasksWorkbook());
    await expect(host.read([{ source: { kind: 'table', name: 'KPIs' } }])).rejects.toThrow(
      'no table named KPIs',
    );
  });

  it('reads a table part written the way Excel writes it (no headerRowCount, buttons shown)', async () => {
    const excelStyle = await rewritePart(await tasksWorkbook(), 'xl/tables/table1.xml', (xml) =>
      xml.replace(' headerRowCount="1"', '').replace(/<filterColumn [^>]*\/>/g, ''),
    );
    const [table] = await PackageHost.open(excelStyle).read([{ source: { kind: 'table', name: 'Tasks' } }]);
    expect(table?.headerRow).toBe(3);
    expect(table?.rows).toHaveLength(3);
  });

  it('refuses bytes that are not a workbook, with a coded error', async () => {
    expect(() => PackageHost.open(new TextEncoder().encode('Task ID,Status\nT-1,pending\n'))).toThrow(
      expect.objectContaining({ name: 'PackageError', problem: { code: 'not_a_zip' } }) as Error,
    );
  });
});

describe('PackageHost reading cells as producers write them', () => {
  it('reads numbers, shared and inline strings, booleans, errors and blanks', async () => {
    const rows = await cellsOf({
      sheets: [
        {
          name: 'S',
          xml:
            '<row r="1"><c r="A1"><v>12.5</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>T-2</t></is></c>' +
            '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" s="0"/><c r="G1" t="s"><v>1</v></c></row>',
        },
      ],
      sharedStrings: ['<t>T-1</t>', '<t xml:space="preserve">=not a formula</t>'],
    });
    expect(rows).toEqual([[12.5, 'T-1', 'T-2', true, { error: '#N/A' }, null, '=not a formula']]);
  });

  it('reads rich text (shared or inline) as its text, without phonetic guides', async () => {
    const rows = await cellsOf({
      sheets: [
        {
          name: 'S',
          xml: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>Q3 </t></r><r><t>launch</t></r></is></c></row>',
        },
      ],
      sharedStrings: [
        '<r><rPr><b/></rPr><t xml:space="preserve">Brief </t></r><r><t>the agency</t></r><rPh sb="0" eb="1"><t>ブリーフ</t></rPh>',
      ],
    });
    expect(rows).toEqual([['Brief the agency', 'Q3 launch']]);
  });

  it('reads ISO dates (t="d") as serials of the 1900 date system', async () => {
    // openpyxl and others write dates this way; 2026-01-15 12:00 is 46037.5.
    const rows = await cellsOf({
      sheets: [
        {
          name: 'S',
          xml: '<row r="1"><c r="A1" t="d"><v>2026-01-15T12:00:00</v></c><c r="B1" t="d"><v>2026-01-15</v></c><c r="C1" t="d"><v>1900-02-28</v></c></row>',
        },
      ],
    });
    expect(rows).toEqual([[46037.5, 46037, 59]]);
  });

  it('reads the dates of a 1904 workbook in the 1900 date system, other numbers as they are', async () => {
    const rows = await cellsOf({
      sheets: [
        { name: 'S', xml: '<row r="1"><c r="A1" s="1"><v>44575</v></c><c r="B1"><v>44575</v></c></row>' },
      ],
      date1904: true,
      styles: {
        numFmts: '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>',
        cellXfs:
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      },
    });
    expect(rows).toEqual([[46037, 44575]]);
  });

  it('reads formulas as their saved results, shared formulas included; never as their text', async () => {
    const rows = await cellsOf({
      sheets: [
        {
          name: 'S',
          xml:
            '<row r="1"><c r="A1"><f>B1*2</f><v>4</v></c><c r="B1" t="e"><f>NA()</f><v>#N/A</v></c><c r="C1" t="str"><f>IF(1,"","x")</f><v></v></c>' +
            '<c r="D1"><f t="shared" ref="D1:D2" si="0">A1+1</f><v>5</v></c><c r="E1" t="str"><f>"x"&amp;"y"</f><v>xy</v></c></row>' +
            '<row r="2"><c r="A2"><f>SUM(B1:B9)</f></c><c r="D2"><f t="shared" si="0"/><v>6</v></c><c r="E2"><f t="shared" si="1"/></c></row>',
        },
      ],
    });
    expect(rows).toEqual([
      [4, { error: '#N/A' }, null, 5, 'xy'],
      [{ error: UNCALCULATED_ERROR }, null, null, 6, { error: UNCALCULATED_ERROR }],
    ]);
  });

  it('reads the cells a merge covers as blank, as Excel does', async () => {
    const rows = await cellsOf({
      sheets: [
        {
          name: 'S',
          xml: '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Q3</t></is></c><c r="B1"><v>7</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>',
        },
      ],
    });
    expect(rows).toEqual([
      ['Q3', null],
      [1, 2],
    ]);
  });

  it('reads rows and cells without references, and control characters escaped as Excel does', async () => {
    const rows = await cellsOf({
      sheets: [
        {
          name: 'S',
          xml: '<row><c t="inlineStr"><is><t>a_x000D_b</t></is></c><c><v>2</v></c></row><row><c t="inlineStr"><is><t>_x005F_x0041_</t></is></c></row>',
        },
      ],
    });
    expect(rows).toEqual([
      ['a\rb', 2],
      ['_x0041_', null],
    ]);
  });

  it('reads tables saved by LibreOffice (no table style), through absolute relationship targets', async () => {
    const host = PackageHost.open(
      await rawWorkbook({
        absoluteTargets: true,
        sheets: [
          {
            name: 'Tasks',
            xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>Task ID</t></is></c><c r="B1" t="inlineStr"><is><t>Status</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>T-1</t></is></c><c r="B2" t="inlineStr"><is><t>pending</t></is></c></row>',
            tables: [tableXml(1, 'Tasks', 'A1:B2', ['Task ID', 'Status'])],
          },
        ],
      }),
    );
    expect(await host.inventory()).toEqual({
      sheets: ['Tasks'],
      tables: [{ name: 'Tasks', sheet: 'Tasks' }],
    });
    const [table] = await host.read([{ source: { kind: 'table', name: 'Tasks' } }]);
    expect(table?.rows).toEqual([['T-1', 'pending']]);
  });

  it('reads parts whose elements carry a prefix (<x:row>), and Strict Open XML', async () => {
    for (const spec of [{ prefix: 'x' }, { strict: true }, { strict: true, prefix: 'ss' }]) {
      const rows = await cellsOf({
        ...spec,
        sheets: [
          {
            name: 'S',
            xml: `${spec.prefix === undefined ? '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>3</v></c></row>' : `<${spec.prefix}:row r="1"><${spec.prefix}:c r="A1" t="s"><${spec.prefix}:v>0</${spec.prefix}:v></${spec.prefix}:c><${spec.prefix}:c r="B1"><${spec.prefix}:v>3</${spec.prefix}:v></${spec.prefix}:c></${spec.prefix}:row>`}`,
          },
        ],
        sharedStrings: [
          spec.prefix === undefined ? '<t>Key</t>' : `<${spec.prefix}:t>Key</${spec.prefix}:t>`,
        ],
      });
      expect(rows).toEqual([['Key', 3]]);
    }
  });

  it('reads a macro-enabled workbook (.xlsm)', async () => {
    const host = PackageHost.open(
      await rawWorkbook({
        workbookType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
        sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
        extraParts: { 'xl/vbaProject.bin': 'not really VBA' },
      }),
    );
    expect((await host.inventory()).sheets).toEqual(['S']);
  });

  it('stops with a message naming the limit when a source holds more cells than a run reads', async () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    ).join('');
    const bytes = await rawWorkbook({
      sheets: [{ name: 'Tasks', xml: rows, tables: [tableXml(1, 'Tasks', 'A1:A30', ['Task ID'])] }],
    });
    const host = PackageHost.open(bytes, { maxCellsPerSource: 20 });
    await expect(host.read([{ source: { kind: 'table', name: 'Tasks' } }])).rejects.toThrow(
      'table Tasks on sheet Tasks has more than 20 cells, more than this tool reads in one run',
    );
    await expect(host.read([{ source: { kind: 'sheet', name: 'Tasks' } }])).rejects.toMatchObject({
      problem: { code: 'too_many_cells', limit: 20 },
    });
  });
});
