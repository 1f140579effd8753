import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { verifyZipPackage } from './verify-zip-package';
import { zipEntries, zipEntryBytes, ZipFormatError } from './zip-directory';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'xlsx');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** A workbook written by ExcelJS (through JSZip). */
async function ownWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1').getCell('A1').value = 'hello';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function zipOf(files: Record<string, string>, streamFiles = false): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles });
}

const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const MINIMAL = { '[Content_Types].xml': '<Types/>', '_rels/.rels': RELS, 'xl/workbook.xml': '<workbook/>' };

describe('verifyZipPackage', () => {
  it.each(['excel-issue9.xlsx', 'libreoffice-date-1904.xlsx', 'backslash-names-issue-530.xlsx'])(
    'accepts %s, a package written by another program',
    (name) => {
      expect(() => verifyZipPackage(fixture(name))).not.toThrow();
    },
  );

  it('accepts what ExcelJS writes, and entries written with data descriptors', async () => {
    await expect(ownWorkbook().then(verifyZipPackage)).resolves.toBeUndefined();
    const streamed = await zipOf(MINIMAL, true);
    expect(() => verifyZipPackage(streamed)).not.toThrow();
  });

  it('refuses an entry whose recorded size is wrong (a damaged file from the wild)', () => {
    expect(() => verifyZipPackage(fixture('bad-entry-size-issue252.xlsx'))).toThrow(
      'xl/_rels/workbook.xml.rels decompresses to 699 bytes, not 697',
    );
  });

  it('refuses the file cut off at any point', async () => {
    const bytes = await ownWorkbook();
    for (const keep of [0.999, 0.99, 0.9, 0.5, 0.1, 0]) {
      expect(() => verifyZipPackage(bytes.subarray(0, Math.floor(bytes.length * keep)))).toThrow(
        ZipFormatError,
      );
    }
  });

  it('refuses a flipped byte inside compressed data (CRC-32 or inflate fails)', async () => {
    const bytes = await ownWorkbook();
    const sheet = zipEntries(bytes).find((e) => e.name === 'xl/worksheets/sheet1.xml');
    if (sheet === undefined) throw new Error('no sheet part');
    const damaged = new Uint8Array(bytes);
    const at = sheet.dataOffset + Math.floor(sheet.compressedSize / 2);
    damaged[at] = (damaged[at] ?? 0) ^ 0x10;
    expect(() => verifyZipPackage(damaged)).toThrow(
      /xl\/worksheets\/sheet1\.xml (fails its CRC-32|does not decompress|decompresses to)/,
    );
  });

  it.each([
    [
      'no content types',
      { '_rels/.rels': RELS, 'xl/workbook.xml': '<workbook/>' },
      '[Content_Types].xml is missing',
    ],
    ['no package relationships', { '[Content_Types].xml': '<Types/>' }, '_rels/.rels is missing'],
    [
      'no main part',
      { '[Content_Types].xml': '<Types/>', '_rels/.rels': RELS },
      'the main part xl/workbook.xml is missing',
    ],
    [
      'no officeDocument relationship',
      { ...MINIMAL, '_rels/.rels': '<Relationships/>' },
      '_rels/.rels names no main document',
    ],
  ])('refuses a zip with %s', async (_what, files, message) => {
    const bytes = await zipOf(files);
    expect(() => verifyZipPackage(bytes)).toThrow(message);
  });

  it('reads every entry back as it was stored', async () => {
    const bytes = await zipOf(MINIMAL);
    const texts = Object.fromEntries(
      zipEntries(bytes).map((e) => [e.name, zipEntryBytes(bytes, e).toString('utf8')]),
    );
    expect(texts).toEqual(MINIMAL);
  });
});
