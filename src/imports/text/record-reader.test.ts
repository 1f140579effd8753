import fc from 'fast-check';
import { createRecordReader, type TextRecord } from './record-reader';

function readAll(
  delimiter: string,
  pieces: readonly string[],
): { records: TextRecord[]; unclosed: number | null } {
  const records: TextRecord[] = [];
  const r = createRecordReader(delimiter);
  for (const p of pieces) r.push(p, (x) => records.push(x));
  const unclosed = r.end((x) => records.push(x));
  return { records, unclosed };
}

const cellsOf = (text: string, delimiter = ',') => readAll(delimiter, [text]).records.map((r) => r.cells);

describe('record reader', () => {
  it.each([
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,b\r1,2\r',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['"a,b","c""d"\n', [['a,b', 'c"d']]],
    ['"line1\nline2",x\n', [['line1\nline2', 'x']]],
    ['"",x,\n', [['', 'x', '']]],
    ['a\n\nb\n', [['a'], [''], ['b']]],
    ['"=HYPERLINK(""http://x"",""y"")",1\n', [['=HYPERLINK("http://x","y")', '1']]],
    ['ab"c,d\n', [['ab"c', 'd']]],
  ])('reads %j', (text, expected) => {
    expect(cellsOf(text)).toEqual(expected);
  });

  it('reads tabs and semicolons', () => {
    expect(cellsOf('a\tb;c\n', '\t')).toEqual([['a', 'b;c']]);
    expect(cellsOf('a\tb;c\n', ';')).toEqual([['a\tb', 'c']]);
  });

  it('numbers records by the line they start on, counting line breaks inside quotes once', () => {
    const { records } = readAll(',', ['h\n"a\r\nb",1\r\n"c\rd"\nlast']);
    expect(records.map((r) => [r.line, r.lastLine])).toEqual([
      [1, 1],
      [2, 3],
      [4, 5],
      [6, 6],
    ]);
  });

  it('reports a quoted value that is never closed', () => {
    expect(readAll(',', ['a\n"b,c\nd']).unclosed).toBe(2);
    expect(readAll(',', ['a\n"b"']).unclosed).toBeNull();
  });

  it('gives the same records wherever the text is cut', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', 'é', '\t') }),
      fc.constant(''),
    );
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.constantFrom('\r\n', '\n', '\r'), fc.array(fc.nat()), (rows, eol, cuts) => {
        const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join(eol);
        const whole = readAll(',', [text]);
        expect(whole.records.map((r) => r.cells)).toEqual(rows);
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces: string[] = [];
        let at = 0;
        for (const p of points) {
          pieces.push(text.slice(at, p));
          at = p;
        }
        pieces.push(text.slice(at));
        expect(readAll(',', pieces)).toEqual(whole);
      }),
    );
  });
});
