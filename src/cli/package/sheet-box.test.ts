import fc from 'fast-check';
import { cellRef, parseRangeRef, rangeRef } from './sheet-box';

describe('A1 references', () => {
  it('parses ranges and single cells', () => {
    expect(parseRangeRef('B2:D9')).toEqual({ top: 2, left: 2, bottom: 9, right: 4 });
    expect(parseRangeRef('$C$3')).toEqual({ top: 3, left: 3, bottom: 3, right: 3 });
    expect(parseRangeRef('D9:B2')).toEqual({ top: 2, left: 2, bottom: 9, right: 4 });
    expect(parseRangeRef('Sheet1!A1')).toBeNull();
    expect(cellRef(7, 28)).toBe('AB7');
  });

  it('round-trips any box', () => {
    const side = fc.integer({ min: 1, max: 16384 });
    fc.assert(
      fc.property(side, side, side, side, (r1, c1, r2, c2) => {
        const box = {
          top: Math.min(r1, r2),
          left: Math.min(c1, c2),
          bottom: Math.max(r1, r2),
          right: Math.max(c1, c2),
        };
        expect(parseRangeRef(rangeRef(box))).toEqual(box);
      }),
    );
  });
});
