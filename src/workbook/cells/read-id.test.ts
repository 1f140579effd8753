import type { RawCell } from '../host';
import type { CellContext } from './cell-read';
import { readId, readIdList } from './read-id';

const context: CellContext = { column: 'Task ID', timeZone: 'UTC', numberFormat: null };

describe('readId', () => {
  it.each<[RawCell, string | null]>([
    ['T-1', 'T-1'],
    [' T-1\u200b ', 'T-1'],
    ['T\u00a01', 'T 1'],
    [1001, '1001'],
    ['\u200b', null],
    [null, null],
  ])('%j is %j', (cell, id) => {
    expect(readId(cell, context)).toEqual({ ok: true, value: id });
  });

  it('refuses a look-alike, with the ID as compared and its letters', () => {
    expect(readId('\u0422-2\u200b', context)).toEqual({
      ok: false,
      detail: {
        code: 'confusable_id',
        column: 'Task ID',
        value: '\u0422-2',
        letters: [{ char: '\u0422', script: 'Cyrillic', looksLike: 'T' }],
      },
    });
  });

  it('reads like text otherwise (an Excel error, a huge cell)', () => {
    expect(readId({ error: '#N/A' }, context)).toMatchObject({ ok: false, detail: { code: 'cell_error' } });
    expect(readId('x'.repeat(40_000), context)).toMatchObject({
      ok: false,
      detail: { code: 'text_too_long' },
    });
  });
});

describe('readIdList', () => {
  it('reads each item as an ID, dropping those left empty', () => {
    expect(readIdList('T1\u200b, T2;\u200b; T3\u00a0', context)).toEqual({
      ok: true,
      value: ['T1', 'T2', 'T3'],
    });
  });
  it('refuses the cell at its first look-alike', () => {
    expect(readIdList('T1, \u0422-2', context)).toMatchObject({
      ok: false,
      detail: { code: 'confusable_id', value: '\u0422-2' },
    });
  });
});
