import fc from 'fast-check';
import {
  columnIndex,
  columnLetters,
  localAddress,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  quoteSheetName,
  sheetAddress,
} from './address';

describe('A1 addresses', () => {
  test.each([
    ['A1', { top: 0, left: 0, bottom: 0, right: 0 }],
    ['$B$2', { top: 1, left: 1, bottom: 1, right: 1 }],
    ['A1:D7', { top: 0, left: 0, bottom: 6, right: 3 }],
    ['D7:A1', { top: 0, left: 0, bottom: 6, right: 3 }],
    ['B:C', { top: 0, left: 1, bottom: MAX_ROWS - 1, right: 2 }],
    ['3:5', { top: 2, left: 0, bottom: 4, right: MAX_COLUMNS - 1 }],
    [
      'XFD1048576',
      { top: MAX_ROWS - 1, left: MAX_COLUMNS - 1, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 },
    ],
  ])('%s', (text, rect) => {
    expect(parseAddress(text)).toEqual({ rect });
  });

  test('sheet-qualified, quoted with doubled apostrophes', () => {
    expect(parseAddress("'Q1 Plan'!B2:C3")).toEqual({
      sheet: 'Q1 Plan',
      rect: { top: 1, left: 1, bottom: 2, right: 2 },
    });
    expect(parseAddress("'It''s'!A1")?.sheet).toBe("It's");
    expect(parseAddress('Tasks!A1')?.sheet).toBe('Tasks');
  });

  test.each(['', 'A', '1', 'A0', 'XFE1', 'A1048577', 'A1:B2:C3', 'Sheet1!', "'open!A1", 'A1:3'])(
    '%j is not an address',
    (text) => {
      expect(parseAddress(text)).toBeUndefined();
    },
  );

  test('printing as Range.address does', () => {
    expect(sheetAddress('Tasks', { top: 0, left: 0, bottom: 6, right: 3 })).toBe('Tasks!A1:D7');
    expect(sheetAddress('Q1 Plan', { top: 1, left: 1, bottom: 1, right: 1 })).toBe("'Q1 Plan'!B2");
    expect(localAddress({ top: 0, left: 1, bottom: MAX_ROWS - 1, right: 1 })).toBe('B:B');
    expect(localAddress({ top: 2, left: 0, bottom: 2, right: MAX_COLUMNS - 1 })).toBe('3:3');
    expect(quoteSheetName('AB1')).toBe("'AB1'");
  });

  test('column letters: A, Z, AA, XFD', () => {
    expect([0, 25, 26, 16383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'XFD']);
  });

  test('letters and indexes round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (i) => columnIndex(columnLetters(i)) === i),
    );
  });

  test('a printed rectangle parses back to itself', () => {
    const rect = fc
      .tuple(fc.nat(MAX_ROWS - 1), fc.nat(MAX_COLUMNS - 1), fc.nat(50), fc.nat(50))
      .map(([top, left, h, w]) => ({
        top,
        left,
        bottom: Math.min(top + h, MAX_ROWS - 1),
        right: Math.min(left + w, MAX_COLUMNS - 1),
      }));
    fc.assert(
      fc.property(rect, fc.constantFrom('Tasks', 'Q1 Plan', "It's"), (r, sheet) => {
        const parsed = parseAddress(sheetAddress(sheet, r));
        return parsed?.sheet === sheet && JSON.stringify(parsed.rect) === JSON.stringify(r);
      }),
    );
  });
});
