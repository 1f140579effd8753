import fc from 'fast-check';
import { MAX_CELL_CHARS } from './cell-text';
import { joinJsonRows, jsonRows } from './json-block';

describe('JSON block', () => {
  it('one line per row, as JSON.stringify indents it', () => {
    expect(jsonRows({ a: 1, b: ['x'] })).toEqual([
      { text: '{', continued: false },
      { text: '  "a": 1,', continued: false },
      { text: '  "b": [', continued: false },
      { text: '    "x"', continued: false },
      { text: '  ]', continued: false },
      { text: '}', continued: false },
    ]);
  });

  it('splits a 100,000-character string over continuation rows and joins it back', () => {
    const value = { learning: 'y'.repeat(100_000), n: 1 };
    const rows = jsonRows(value);
    // The line is `  "learning": "yyy…",`: 2 + 12 + 100,000 + 2 = 100,016 characters → 4 pieces.
    const pieces = rows.filter((r) => r.text.startsWith('  "learning"') || r.continued);
    expect(pieces).toHaveLength(4);
    expect(pieces.map((p) => p.continued)).toEqual([false, true, true, true]);
    expect(rows.every((r) => r.text.length <= MAX_CELL_CHARS)).toBe(true);
    expect(JSON.parse(joinJsonRows(rows))).toEqual(value);
  });

  it('never splits a surrogate pair across rows', () => {
    const rows = jsonRows({ s: '😀'.repeat(20) }, 8);
    for (const row of rows) {
      expect(row.text.length).toBeLessThanOrEqual(8);
      expect(/[\uD800-\uDBFF]$/.test(row.text)).toBe(false);
    }
    expect(JSON.parse(joinJsonRows(rows))).toEqual({ s: '😀'.repeat(20) });
  });

  it('round-trips any JSON value at any line limit', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 2, max: 40 }), (value, max) => {
        const rows = jsonRows(value, max);
        expect(rows.every((r) => r.text.length <= max)).toBe(true);
        expect(JSON.parse(joinJsonRows(rows))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
