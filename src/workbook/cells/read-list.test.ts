import type { RawCell } from '../host';
import type { CellContext } from './cell-read';
import { readIdList } from './read-id';
import { readBlockerList } from './read-list';

const context: CellContext = { column: 'Depends On', timeZone: 'UTC', numberFormat: null };

describe('readIdList (Depends On)', () => {
  it.each<[RawCell, string[] | null]>([
    ['T1', ['T1']],
    ['T1, T2', ['T1', 'T2']],
    ['T1;T2 ; T3', ['T1', 'T2', 'T3']],
    [' T1,, ;T2, ', ['T1', 'T2']],
    [',;', []],
    [12, ['12']],
    ['', null],
    [null, null],
  ])('%j is %j', (cell, value) => {
    expect(readIdList(cell, context)).toEqual({ ok: true, value });
  });
});

describe('readBlockerList (Blockers)', () => {
  it.each<[RawCell, string[]]>([
    ['Waiting on legal', ['Waiting on legal']],
    ['Legal; assets, v2 ;', ['Legal', 'assets, v2']],
  ])('%j is %j', (cell, value) => {
    expect(readBlockerList(cell, context)).toEqual({ ok: true, value });
  });

  it('refuses Excel errors and too long texts', () => {
    expect(readBlockerList({ error: '#N/A' }, context)).toMatchObject({
      ok: false,
      detail: { code: 'cell_error' },
    });
    expect(readIdList('T1,'.repeat(20_000), context)).toMatchObject({
      ok: false,
      detail: { code: 'text_too_long' },
    });
  });
});
