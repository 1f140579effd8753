import fc from 'fast-check';
import { createChunkDecoder } from './decode';

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\ufeff' : '') + text;
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = u & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = u >> 8;
  }
  return out;
}

function decodeIn(bytes: Uint8Array, size: number) {
  const d = createChunkDecoder();
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += d.push(bytes.subarray(i, i + size));
  text += d.end();
  return { text, encoding: d.encoding(), binary: d.binary() };
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const SAMPLE = 'Campagne\tCoût\n€ 1,5\t"naïve"\n';

describe('chunk decoder', () => {
  it.each([
    ['UTF-8 without BOM', utf8(SAMPLE), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]), 'utf-8'],
    ['UTF-16LE with BOM', utf16(SAMPLE, false), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(SAMPLE, true), 'utf-16be'],
    ['UTF-16LE without BOM', utf16(SAMPLE, false, false), 'utf-16le'],
  ])('decodes %s, one byte at a time too', (_name, bytes, encoding) => {
    expect(decodeIn(bytes, 1 << 20)).toEqual({ text: SAMPLE, encoding, binary: null });
    expect(decodeIn(bytes, 1)).toEqual({ text: SAMPLE, encoding, binary: null });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Coût" in Windows-1252: û is the single byte 0xFB.
    expect(decodeIn(new Uint8Array([0x43, 0x6f, 0xfb, 0x74]), 3)).toMatchObject({
      text: 'Coût',
      encoding: 'windows-1252',
    });
  });

  it('says when the file is a workbook or binary', () => {
    expect(decodeIn(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 2).binary).toBe('xlsx');
    expect(decodeIn(new Uint8Array([0x41, 0x00, 0x42, 0x43, 0x44]), 2).binary).toBe('binary');
  });

  it('gives the same text for any chunk size beyond the sniffing window', () => {
    const big = utf16('é,1\n'.repeat(20_000), false);
    const whole = decodeIn(big, big.length).text;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70_000 }), (size) => {
        expect(decodeIn(big, size).text).toBe(whole);
      }),
      { numRuns: 20 },
    );
  });
});
