import ExcelJS from 'exceljs';
import { bytesOf, partText, rewritePart } from '../../../test/cli/helpers/xlsx-package';
import { loadWorkbook, workbookBytes } from './workbook-file';

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

describe('ExcelJsHost reading', () => {
  it('lists sheets in tab order and tables with their sheet', async () => {
    const { host } = await loadWorkbook(await tasksWorkbook());
    expect(await host.inventory()).toEqual({
      sheets: ['Read me', 'Tasks', 'Settings'],
      tables: [{ name: 'Tasks', sheet: 'Tasks' }],
    });
  });

  it('reads a table: header, data rows (blank ones kept) and number formats on request', async () => {
    const { host } = await loadWorkbook(await tasksWorkbook());
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
    const { host } = await loadWorkbook(await tasksWorkbook());
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
    const { host } = await loadWorkbook(await tasksWorkbook());
    await expect(host.read([{ source: { kind: 'table', name: 'KPIs' } }])).rejects.toThrow(
      'no table named KPIs',
    );
  });

  it('keeps the header row and filter buttons of a table written by Excel', async () => {
    // Excel leaves out headerRowCount (default 1) and filter columns whose button shows;
    // ExcelJS alone would write such a table back without a header row and with hidden buttons.
    const excelStyle = await rewritePart(await tasksWorkbook(), 'xl/tables/table1.xml', (xml) =>
      xml
        .replace(' headerRowCount="1"', '')
        .replace(/<filterColumn colId="0" hiddenButton="1"\/>/, '')
        .replace(/<filterColumn colId="1" hiddenButton="1"\/>/, ''),
    );
    expect(await partText(excelStyle, 'xl/tables/table1.xml')).not.toContain('headerRowCount');
    const { workbook, host } = await loadWorkbook(excelStyle);
    const [table] = await host.read([{ source: { kind: 'table', name: 'Tasks' } }]);
    expect(table?.headerRow).toBe(3);
    const written = await partText(await workbookBytes(workbook), 'xl/tables/table1.xml');
    expect(written).toContain('headerRowCount="1"');
    expect(written).not.toContain('hiddenButton="1"');
    expect(written).toContain('ref="B3:C6"');
  });

  it('refuses bytes that are not a workbook', async () => {
    await expect(loadWorkbook(new TextEncoder().encode('Task ID,Status\nT-1,pending\n'))).rejects.toThrow(
      expect.objectContaining({ name: 'UnreadableWorkbookError' }) as Error,
    );
  });
});
