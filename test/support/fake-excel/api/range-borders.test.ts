/// <reference types="office-js" />
import type { FakeExcel } from '../index';
import { TASKS, thrown, withFake } from '../test-kit';

let fake: FakeExcel;
beforeEach(() => {
  fake = withFake(TASKS);
});
afterEach(() => fake.uninstall());

describe('Range borders', () => {
  test('a border set on a range is kept per cell and reads back where the cells agree', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Tasks').getRange('A1:B1');
      const bottom = range.format.borders.getItem('EdgeBottom');
      bottom.style = 'Continuous';
      bottom.color = 'red';
      await context.sync();
      const read = range.format.borders.getItem('EdgeBottom').load('style, color');
      const top = range.format.borders.getItem('EdgeTop').load('style');
      await context.sync();
      expect([read.style, read.color, top.style]).toEqual(['Continuous', '#FF0000', 'None']);
    });
    expect(fake.cell('Tasks!B1').style.borders).toEqual({
      EdgeBottom: { style: 'Continuous', color: '#FF0000' },
    });
    expect(fake.cell('Tasks!C1').style.borders).toBeUndefined();
  });

  test('an unknown side is refused at the call', async () => {
    await Excel.run(async (context) => {
      const borders = context.workbook.worksheets.getItem('Tasks').getRange('A1').format.borders;
      expect(thrown(() => borders.getItem('Middle' as Excel.BorderIndex)).code).toBe('InvalidArgument');
      await context.sync();
    });
  });
});
