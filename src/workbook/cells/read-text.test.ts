import type { RawCell } from '../host';
import type { CellContext } from './cell-read';
import { readText, readTextOrNumber } from './read-text';

const context: CellContext = { column: 'Title', timeZone: 'UTC', numberFormat: null };

describe('readText', () => {
  it.each<[RawCell, string]>([
    ['  Launch  ', 'Launch'],
    [1001, '1001'],
    [12.5, '12.5'],
    [true, 'TRUE'],
    ['=HYPERLINK("http://x","y")', '=HYPERLINK("http://x","y")'],
    ["+cmd|' /C calc'!A0", "+cmd|' /C calc'!A0"],
    ['@SUM(A1:A2)', '@SUM(A1:A2)'],
    ['-2+3', '-2+3'],
    ['__proto__', '__proto__'],
  ])('%j is %j', (cell, value) => {
    expect(readText(cell, context)).toEqual({ ok: true, value });
  });

  it.each<RawCell>([null, '', '  \t '])('%j is blank', (cell) => {
    expect(readText(cell, context)).toEqual({ ok: true, value: null });
  });

  it('keeps a cell of exactly 32,767 characters and refuses a longer one', () => {
    expect(readText('x'.repeat(32_767), context)).toMatchObject({ ok: true });
    expect(readText('x'.repeat(100_000), context)).toEqual({
      ok: false,
      detail: { code: 'text_too_long', column: 'Title', length: 100_000, max: 32_767 },
    });
  });

  it('reports an Excel error', () => {
    expect(readText({ error: '#N/A' }, context)).toEqual({
      ok: false,
      detail: { code: 'cell_error', column: 'Title', value: '#N/A' },
    });
  });
});

describe('readTextOrNumber', () => {
  const percent = { ...context, numberFormat: '0.0%' };
  it.each<[RawCell, CellContext, string | number]>([
    [500, context, 500],
    [0.035, context, 0.035],
    [0.035, percent, '3.5%'],
    [0.5, { ...context, numberFormat: '0%' }, '50%'],
    [1.2, percent, '120%'],
    // 0.07 × 100 is 7.000000000000001 in binary floating point; the text must say 7%.
    [0.07, percent, '7%'],
    [80, { ...context, numberFormat: '"$"#,##0' }, 80],
    [' $80 ', context, '$80'],
    ['≤ 80', context, '≤ 80'],
    ['3.5%', percent, '3.5%'],
    [false, context, 'FALSE'],
  ])('%j (%j) is %j', (cell, ctx, value) => {
    expect(readTextOrNumber(cell, ctx)).toEqual({ ok: true, value });
  });

  it('refuses too long texts and Excel errors', () => {
    expect(readTextOrNumber('y'.repeat(40_000), context)).toMatchObject({
      ok: false,
      detail: { code: 'text_too_long' },
    });
    expect(readTextOrNumber({ error: '#REF!' }, percent)).toMatchObject({
      ok: false,
      detail: { code: 'cell_error' },
    });
  });
});
