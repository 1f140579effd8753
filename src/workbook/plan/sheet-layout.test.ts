import { MAX_CELL_CHARS } from './cell-text';
import { SheetLayout, wrappedLines } from './sheet-layout';

describe('SheetLayout', () => {
  it('stacks a title, a section bar after an empty row, a table and key–values', () => {
    const s = new SheetLayout(3);
    s.title('T');
    s.section('S');
    const table = s.table(['a', 'b'], [[1, 'x']]);
    s.keyValues([['k', 'v']]);
    const { cells, lastRow } = s.finish();
    // Row 1 title, row 2 empty, row 3 section, rows 4–5 table, row 6 key–value.
    expect(table).toEqual({ row: 4, column: 1, rows: 2, columns: 2 });
    expect(lastRow).toBe(6);
    expect(s.merges).toEqual([
      { row: 1, column: 1, rows: 1, columns: 3 },
      { row: 3, column: 1, rows: 1, columns: 3 },
    ]);
    expect(cells.filter((c) => c.row === 6).map((c) => c.value)).toEqual(['k', 'v']);
  });

  it('sizes columns to lists and tables only, 10 to 50 characters, and wraps longer text', () => {
    const s = new SheetLayout(2);
    s.title('A very long title that must not widen column A at all, whatever happens');
    s.table(['Name', 'Description'], [['ab', 'd'.repeat(80)]]);
    s.keyValues([['Report ID', '00000000-0000-4000-8000-000000000001', { measure: false }]]);
    const { cells, columnWidths } = s.finish();
    // Column A: longest measured text 'Report ID' (9) + 2 → 11. Column B: 80 + 2, capped at 50.
    expect(columnWidths).toEqual({ 1: 11, 2: 50 });
    expect(cells.find((c) => c.value === 'd'.repeat(80))?.style?.wrap).toBe(true);
    expect(cells.find((c) => c.value === 'ab')?.style?.wrap).toBeUndefined();
  });

  it('makes rows with wrapped text tall enough for their lines', () => {
    const s = new SheetLayout(2);
    s.table(
      ['Name', 'Description'],
      [
        ['ab', 'd'.repeat(80)],
        ['cd', 'short'],
      ],
    );
    const { rowHeights } = s.finish();
    // Column B is 50 wide: 80 characters × 1.1 = 88 → 2 lines of 15 points on row 2; row 3 fits one line.
    expect(rowHeights).toEqual({ 2: 30 });
  });

  it.each([
    ['', 50, 1],
    ['x'.repeat(45), 50, 1],
    ['x'.repeat(46), 50, 2],
    ['x'.repeat(100), 50, 3],
    ['a\nb\nc', 50, 3],
  ])('wrappedLines(%j…, %d) = %d', (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });

  it('cuts any text to a cell', () => {
    const s = new SheetLayout(1);
    s.note('n'.repeat(MAX_CELL_CHARS + 10));
    expect(String(s.finish().cells[0]?.value)).toHaveLength(MAX_CELL_CHARS);
  });

  it('marks JSON continuation rows in column B', () => {
    const s = new SheetLayout(1);
    s.json({ t: 'q'.repeat(MAX_CELL_CHARS) });
    const { cells } = s.finish();
    // `  "t": "qqq…"` is 2 + 5 + 32,767 + 2 = 32,776 characters: one continuation row (row 3).
    expect(cells.filter((c) => c.column === 2)).toEqual([
      { row: 3, column: 2, value: 'continued', style: { italic: true } },
    ]);
  });
});
