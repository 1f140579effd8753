import fc from 'fast-check';
import { utf8Chunks } from './utf8-chunks';

describe('utf8Chunks', () => {
  it('decodes text cut anywhere into chunks as the whole text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const bytes = Buffer.from(text, 'utf8');
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const decoder = utf8Chunks();
        let out = '';
        let from = 0;
        for (const p of [...points, bytes.length]) {
          out += decoder.push(bytes.subarray(from, p));
          from = p;
        }
        expect(out + decoder.end()).toBe(text);
      }),
    );
  });
});
