import fc from 'fast-check';
import { columnLetters, columnNumber, formatA1, parseA1, quoteSheetName } from './a1';

describe('column letters', () => {
  it.each([
    [1, 'A'],
    [4, 'D'],
    [26, 'Z'],
    [27, 'AA'],
    [28, 'AB'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16_384, 'XFD'],
  ])('%d is %s', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });
});

describe('sheet names in references', () => {
  it.each([
    ['Tasks', 'Tasks'],
    ['ChannelMetrics', 'ChannelMetrics'],
    ['Task_Log', 'Task_Log'],
    ['v1.2', 'v1.2'],
    ['Données', 'Données'],
    ['Q1 Tasks', "'Q1 Tasks'"],
    ['Task Log', "'Task Log'"],
    ['2026', "'2026'"],
    ['1Tasks', "'1Tasks'"],
    ["It's", "'It''s'"],
    ["''", "''''''"],
    ['Q1', "'Q1'"],
    ['A1', "'A1'"],
    ['xfd1048576', "'xfd1048576'"],
    ['R', "'R'"],
    ['C', "'C'"],
    ['R1C1', "'R1C1'"],
    ['rc', "'rc'"],
    ['C12', "'C12'"],
    ['Report-1', "'Report-1'"],
    ['CMO Feedback C1', "'CMO Feedback C1'"],
    ['Tasks (old)', "'Tasks (old)'"],
    ['Rc1x', 'Rc1x'],
    ['ABCD1', 'ABCD1'],
  ])('%s is written %s', (name, written) => {
    expect(quoteSheetName(name)).toBe(written);
  });
});

describe('A1 references', () => {
  it.each([
    [{ sheet: 'Tasks', row: 7, column: 4 }, undefined, 'Tasks!D7'],
    [{ sheet: 'Q1 Tasks', row: 7, column: 4 }, undefined, "'Q1 Tasks'!D7"],
    [{ sheet: '2026', row: 1, column: 1 }, undefined, "'2026'!A1"],
    [{ sheet: "It's", row: 2, column: 2 }, undefined, "'It''s'!B2"],
    [{ sheet: 'Tasks', row: 1, column: 1 }, { row: 1, column: 8 }, 'Tasks!A1:H1'],
    [{ sheet: 'Tasks', row: 1, column: 1 }, { row: 1, column: 1 }, 'Tasks!A1'],
  ])('%j → %s', (cell, to, a1) => {
    expect(formatA1(cell, to)).toBe(a1);
    expect(parseA1(a1)).toEqual(
      to === undefined || (to.row === cell.row && to.column === cell.column) ? cell : { ...cell, to },
    );
  });

  it.each(['Tasks', 'D7', '!D7', "'Tasks!D7", "'Tasks'D7", 'Tasks!7D', 'Tasks!'])(
    '%s is not a reference',
    (text) => {
      expect(parseA1(text)).toBeNull();
    },
  );

  // Excel forbids : \ / ? * [ ] in sheet names, and a leading or trailing apostrophe.
  const tricky = fc.string({
    unit: fc.constantFrom('a', 'Q', 'R', 'C', '1', '0', ' ', "'", '.', '_', '-', 'é'),
    minLength: 1,
    maxLength: 8,
  });
  const sheetName = fc
    .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 31 }), tricky)
    .filter((s) => !/[:\\/?*[\]]/.test(s) && !s.startsWith("'") && !s.endsWith("'"));

  it('round-trips every sheet name, row and column', () => {
    fc.assert(
      fc.property(
        sheetName,
        fc.integer({ min: 1, max: 1_048_576 }),
        fc.integer({ min: 1, max: 16_384 }),
        (sheet, row, column) => {
          expect(parseA1(formatA1({ sheet, row, column }))).toEqual({ sheet, row, column });
        },
      ),
    );
  });

  it('leaves a name unquoted only when it is plain', () => {
    fc.assert(
      fc.property(sheetName, (sheet) => {
        const written = quoteSheetName(sheet);
        if (written === sheet) {
          expect(sheet).toMatch(/^[\p{L}\p{N}_.]+$/u);
          expect(sheet).not.toMatch(/^\p{N}/u);
        } else {
          expect(written).toBe(`'${sheet.replace(/'/g, "''")}'`);
        }
      }),
    );
  });
});
