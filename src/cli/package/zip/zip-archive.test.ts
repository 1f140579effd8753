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
