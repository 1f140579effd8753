import JSZip from 'jszip';
import { ZipArchive } from './zip-archive';
import { ZipWriter } from './zip-writer';

async function jszip(files: Record<string, string>, options: JSZip.JSZipGeneratorOptions<'uint8array'> = {}) {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', ...options });
}

async function textOf(zip: ZipArchive, name: string): Promise<string> {
  let text = '';
  for await (const chunk of zip.chunks(name)) text += Buffer.from(chunk).toString('utf8');
  return text;
}

describe('ZipArchive', () => {
  it('reads parts whole or in chunks, deflated or stored, with data descriptors, names in any case', async () => {
    const big = 'x'.repeat(600_000);
    for (const options of [{}, { compression: 'STORE' as const }, { streamFiles: true }]) {
      const zip = ZipArchive.open(
        await jszip({ 'xl/workbook.xml': '<workbook/>', 'xl/big.xml': big, 'ñame.xml': 'é' }, options),
      );
      expect(zip.text('XL/Workbook.xml')).toBe('<workbook/>');
      expect(await textOf(zip, 'xl/big.xml')).toBe(big);
      expect(zip.text('ñame.xml')).toBe('é');
    }
  });

  it('refuses what is not a zip, and a damaged part by its checksum', async () => {
    expect(() => ZipArchive.open(new TextEncoder().encode('Task ID,Status\n'))).toThrow(
      expect.objectContaining({ problem: { code: 'not_a_zip' } }) as Error,
    );
    const bytes = await jszip({ 'a.xml': 'hello world, hello world' }, { compression: 'STORE' });
    const at = Buffer.from(bytes).indexOf('hello');
    const damaged = Uint8Array.from(bytes);
    damaged[at] = 0x48; // 'H'
    const zip = ZipArchive.open(damaged);
    expect(() => zip.text('a.xml')).toThrow('part a.xml of the workbook is damaged');
    await expect(textOf(zip, 'a.xml')).rejects.toMatchObject({
      problem: { code: 'corrupt_part', part: 'a.xml' },
    });
  });

  it('knows a copied part as checked only once it was read in full here, and only when its bytes are the same', async () => {
    const source = ZipArchive.open(await jszip({ 'a.xml': '<a/>'.repeat(500), 'b.xml': '<b/>'.repeat(500) }));
    const copyOf = (from: ZipArchive) => {
      const out = new ZipWriter();
      for (const name of ['a.xml', 'b.xml']) {
        const entry = from.find(name);
        if (entry === undefined) throw new Error(`no ${name}`);
        out.copy(from, entry);
      }
      return ZipArchive.open(out.finish());
    };
    const copy = copyOf(source);
    const entry = (name: string) => {
      const e = copy.find(name);
      if (e === undefined) throw new Error(`no ${name}`);
      return e;
    };
    expect(source.isCheckedCopy(copy, entry('a.xml'))).toBe(false); // not read yet
    await textOf(source, 'a.xml');
    source.text('b.xml');
    expect(source.isCheckedCopy(copy, entry('a.xml'))).toBe(true);
    expect(source.isCheckedCopy(copy, entry('b.xml'))).toBe(true);
    // The same entry with one compressed byte changed is not a copy.
    const damagedBytes = Uint8Array.from(copy.bytes);
    const at = entry('a.xml').dataOffset + 3;
    damagedBytes[at] = (damagedBytes[at] ?? 0) ^ 0xff;
    const damaged = ZipArchive.open(damagedBytes);
    const a = damaged.find('a.xml');
    if (a === undefined) throw new Error('no a.xml');
    expect(source.isCheckedCopy(damaged, a)).toBe(false);
    // A part read but cut short (its checksum never checked) is not checked.
    const partial = ZipArchive.open(await jszip({ 'big.xml': 'y'.repeat(2_000_000) }));
    for await (const chunk of partial.chunks('big.xml')) if (chunk.byteLength > 0) break;
    const big = partial.find('big.xml');
    if (big === undefined) throw new Error('no big.xml');
    expect(partial.isCheckedCopy(partial, big)).toBe(false);
  });

  it('refuses ZIP64 archives with a message saying so', async () => {
    const bytes = await jszip({ 'a.xml': 'a' });
    const end = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const zip64 = Uint8Array.from(bytes);
    new DataView(zip64.buffer).setUint32(end + 16, 0xffffffff, true);
    expect(() => ZipArchive.open(zip64)).toThrow(
      expect.objectContaining({ problem: { code: 'zip64' } }) as Error,
    );
  });
});

describe('ZipWriter', () => {
  it('copies entries with their compressed bytes unchanged and adds new ones that JSZip reads', async () => {
    const source = ZipArchive.open(await jszip({ 'keep.xml': '<keep/>'.repeat(100), 'old.xml': 'old' }));
    const out = new ZipWriter();
    const keep = source.find('keep.xml');
    if (keep === undefined) throw new Error('no keep.xml');
    out.copy(source, keep);
    out.add('new/ñ.xml', '<new/>');
    const bytes = out.finish();
    const written = ZipArchive.open(bytes);
    const copied = written.find('keep.xml');
    expect(copied === undefined ? null : Buffer.from(written.compressed(copied))).toEqual(
      Buffer.from(source.compressed(keep)),
    );
    const check = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await check.file('keep.xml')?.async('string')).toBe('<keep/>'.repeat(100));
    expect(await check.file('new/ñ.xml')?.async('string')).toBe('<new/>');
    expect(check.file('old.xml')).toBeNull();
  });
});
