import fc from 'fast-check';
import { ENVELOPE_BYTES, jsonBytes, packInOrder, requestCost } from './request-size';

describe('request size', () => {
  test('jsonBytes counts UTF-8 bytes of the JSON', () => {
    expect(jsonBytes([["'=1+1", 2]])).toBe(13);
    expect(jsonBytes('é')).toBe(4); // "é" is 2 bytes plus two quotes
  });

  test('requestCost adds an envelope per path and per action', () => {
    expect(requestCost({ paths: 3, actions: 1, payload: [[1, 2]] })).toBe(4 * ENVELOPE_BYTES + 7);
  });

  test('packInOrder keeps order and stays under the budget unless one item is bigger', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 30 }),
        fc.integer({ min: 10, max: 60 }),
        (sizes, budget) => {
          const items = sizes.map((bytes, id) => ({ bytes, id }));
          const groups = packInOrder(items, budget);
          expect(groups.flat().map((i) => i.id)).toEqual(items.map((i) => i.id));
          for (const g of groups) {
            const total = g.reduce((s, i) => s + i.bytes, 0);
            expect(total <= budget || g.length === 1).toBe(true);
          }
        },
      ),
    );
  });
});
