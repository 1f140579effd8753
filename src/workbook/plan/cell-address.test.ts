import { addressOf, columnLetters, needsQuotes } from './cell-address';

describe('cell addresses', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    // 16384 = 26 + 26² + 24·26² + 5·26 + 24 → XFD, Excel's last column.
    [16384, 'XFD'],
  ])('column %d is %s', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  it.each([
    ['TaskUpdates', false],
    ['Tasks_2026.v2', false],
    ['Übersicht', false],
    ['Task Log', true],
    ['2026 plan', true],
    ['A1', true],
    ['xfd12', true],
    ['R1C1', true],
    ['R', true],
    ['c', true],
    ['TRUE', true],
    ['Budget-Q1', true],
    ['Report (2)', true],
  ])('%s needs quotes: %s', (sheet, quoted) => {
    expect(needsQuotes(sheet)).toBe(quoted);
  });

  it('quotes and doubles apostrophes like Excel', () => {
    expect(addressOf('TaskUpdates', 5, 1)).toBe('TaskUpdates!A5');
    expect(addressOf('Task Updates', 12, 3)).toBe("'Task Updates'!C12");
    expect(addressOf("Mike's Tasks", 2, 4)).toBe("'Mike''s Tasks'!D2");
  });
});
