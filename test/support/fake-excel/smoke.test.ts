/// <reference types="office-js" />
import { installFakeOffice } from './index';

test('smoke', async () => {
  const fake = installFakeOffice(globalThis, {
    workbook: {
      sheets: [
        {
          name: 'Tasks',
          rows: [
            ['ID', 'Name'],
            [1, 'a'],
          ],
        },
      ],
    },
  });
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem('Tasks').getRange('A1:B2');
    r.load('values, address, format/fill/color');
    expect(() => r.values).toThrow(/not available/);
    await context.sync();
    expect(r.values).toEqual([
      ['ID', 'Name'],
      [1, 'a'],
    ]);
    expect(r.address).toBe('Tasks!A1:B2');
    expect(r.format.fill.color).toBe('#FFFFFF');
    r.getCell(1, 1).values = [['00123']];
    const t = context.workbook.tables.add('Tasks!A1:B2', true);
    t.name = 'TaskTable';
    t.rows.add(undefined, [[2, 'b']]);
    t.load('name');
    t.getRange().load('address');
    await context.sync();
  });
  expect(fake.cell('Tasks!B2').value).toBe(123);
  expect(fake.tables()).toEqual([
    { name: 'TaskTable', sheet: 'Tasks', address: 'A1:B3', showHeaders: true, columns: ['ID', 'Name'] },
  ]);
  expect(fake.syncCount).toBe(2);
  fake.uninstall();
});
