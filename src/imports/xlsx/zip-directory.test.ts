import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { MAX_PART_BYTES, unzipFile, ZipError, zipDirectory, type InflateRaw } from './zip-directory';

const REAL = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'xlsx');
const real = (name: string) => new Uint8Array(readFileSync(join(REAL, name)));
const inflate: InflateRaw = (b, limit) =>
  Promise.resolve(new Uint8Array(inflateRawSync(b, { maxOutputLength: Math.max(1, limit) })));

interface Entry {
  name: string;
  data: Uint8Array;
  method?: number;
  flags?: number;
  /** The size the directory states, when it lies. */
  size?: number;
}

/** A zip archive with the entries as given (sizes and flags as stated, true or not). */
function zip(entries: Entry[]): Uint8Array {
  const out: number[] = [];
  const central: number[] = [];
  const u16 = (a: number[], v: number) => a.push(v & 0xff, (v >>> 8) & 0xff);
  const u32 = (a: number[], v: number) => a.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24);
  for (const e of entries) {
    const name = [...new TextEncoder().encode(e.name)];
    const local = out.length;
    const head = (a: number[]) => {
      u16(a, 20);
      u16(a, e.flags ?? 0);
      u16(a, e.method ?? 0);
      u32(a, 0); // time, date
      u32(a, 0); // crc (not checked by this reader)
      u32(a, e.data.length);
      u32(a, e.size ?? e.data.length);
      u16(a, name.length);
      u16(a, 0);
    };
    u32(out, 0x04034b50);
    head(out);
    out.push(...name, ...e.data);
    u32(central, 0x02014b50);
    u16(central, 20);
    head(central);
    u16(central, 0); // comment
    u16(central, 0); // disk
    u16(central, 0); // internal attributes
    u32(central, 0); // external attributes
    u32(central, local);
    central.push(...name);
  }
  const offset = out.length;
  out.push(...central);
  u32(out, 0x06054b50);
  u16(out, 0);
  u16(out, 0);
  u16(out, entries.length);
  u16(out, entries.length);
  u32(out, central.length);
  u32(out, offset);
  u16(out, 0);
  return new Uint8Array(out);
}

const text = new TextEncoder();
const problemOf = async (run: () => unknown): Promise<string> => {
  try {
    await run();
  } catch (e) {
    if (e instanceof ZipError) return e.problem;
    throw e;
  }
  return 'none';
};

describe('zip directory', () => {
  it('lists the parts of a workbook Excel wrote, and of one with Windows separators in its names', () => {
    expect([...zipDirectory(real('excel-issue9.xlsx')).keys()]).toContain('xl/worksheets/sheet1.xml');
    const backslashed = zipDirectory(real('backslash-names-issue-530.xlsx'));
    expect(backslashed.get('xl/workbook.xml')?.name).toBe('xl\\workbook.xml');
  });

  it('unpacks stored and deflated parts', async () => {
    const body = text.encode('<sheetData/>'.repeat(50));
    const bytes = zip([
      { name: 'a.xml', data: body },
      { name: 'b.xml', data: deflateRawSync(body), method: 8, size: body.length },
    ]);
    const files = zipDirectory(bytes);
    for (const name of ['a.xml', 'b.xml'])
      expect(await unzipFile(bytes, files.get(name)!, inflate)).toEqual(body);
  });

  it('stops a part that unpacks to more than its directory says (a zip bomb) at the stated size', async () => {
    const huge = new Uint8Array(16 * 1024 * 1024);
    const bytes = zip([{ name: 'bomb.xml', data: deflateRawSync(huge), method: 8, size: 1000 }]);
    const limits: number[] = [];
    const watched: InflateRaw = (b, limit) => {
      limits.push(limit);
      return inflate(b, limit);
    };
    expect(await problemOf(() => unzipFile(bytes, zipDirectory(bytes).get('bomb.xml')!, watched))).toBe(
      'not_a_zip',
    );
    expect(limits).toEqual([1000]);
  });

  it('refuses a part stated larger than the limit before unpacking it', async () => {
    const bytes = zip([{ name: 'big.xml', data: new Uint8Array(10), method: 8, size: MAX_PART_BYTES + 1 }]);
    const never: InflateRaw = () => Promise.reject(new Error('must not unpack'));
    expect(await problemOf(() => unzipFile(bytes, zipDirectory(bytes).get('big.xml')!, never))).toBe(
      'too_large',
    );
  });

  it.each<[string, Entry[], string]>([
    ['encrypted', [{ name: 'a.xml', data: new Uint8Array(4), flags: 1 }], 'encrypted'],
    ['compressed another way', [{ name: 'a.xml', data: new Uint8Array(4), method: 12 }], 'unsupported'],
    [
      'damaged DEFLATE data',
      [{ name: 'a.xml', data: new Uint8Array([0xff, 0xff, 0xff]), method: 8 }],
      'not_a_zip',
    ],
    ['stored with a wrong size', [{ name: 'a.xml', data: new Uint8Array(4), size: 9 }], 'not_a_zip'],
  ])('refuses a part %s', async (_, entries, problem) => {
    expect(
      await problemOf(async () => {
        const bytes = zip(entries);
        await unzipFile(bytes, zipDirectory(bytes).get('a.xml')!, inflate);
      }),
    ).toBe(problem);
  });

  it('refuses what is no zip, a cut-off one, and a Zip64 one', async () => {
    const whole = zip([{ name: 'a.xml', data: text.encode('<x/>') }]);
    const zip64 = whole.slice();
    zip64.fill(0xff, zip64.length - 6, zip64.length - 2); // directory offset 0xFFFFFFFF
    expect(await problemOf(() => zipDirectory(text.encode('Day,Cost\n2026-11-16,3')))).toBe('not_a_zip');
    expect(await problemOf(() => zipDirectory(whole.subarray(0, whole.length - 30)))).toBe('not_a_zip');
    expect(await problemOf(() => zipDirectory(zip64))).toBe('zip64');
  });

  it('refuses a real workbook whose part does not unpack to its recorded size', async () => {
    const bytes = real('bad-entry-size-issue252.xlsx');
    const files = zipDirectory(bytes);
    const problems = await Promise.all(
      [...files.values()].map((f) => problemOf(() => unzipFile(bytes, f, inflate))),
    );
    expect(problems).toContain('not_a_zip');
  });
});
