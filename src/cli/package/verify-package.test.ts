import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { rawWorkbook } from '../../../test/cli/helpers/raw-workbook';
import { verifyPackage } from './verify-package';
import { ZipArchive } from './zip/zip-archive';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'xlsx');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

const workbook = () =>
  rawWorkbook({
    sheets: [
      { name: 'S', xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>Tasks of the quarter</t></is></c></row>' },
    ],
  });

describe('verifyPackage', () => {
  it('passes a whole workbook', async () => {
    await expect(verifyPackage(await workbook())).resolves.toBeUndefined();
  });

  it.each(['excel-issue9.xlsx', 'libreoffice-date-1904.xlsx', 'backslash-names-issue-530.xlsx'])(
    'passes %s, a package written by another program (Windows separators in part names too)',
    async (name) => {
      await expect(verifyPackage(fixture(name))).resolves.toBeUndefined();
    },
  );

  it('passes entries written with data descriptors (streamed zips)', async () => {
    const zip = await JSZip.loadAsync(await workbook());
    const streamed = await zip.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
      streamFiles: true,
    });
    await expect(verifyPackage(streamed)).resolves.toBeUndefined();
  });

  it('stops on a file cut short at any point (a short write)', async () => {
    const bytes = await workbook();
    for (const keep of [0.999, 0.99, 0.9, 0.5, 0.1, 0]) {
      await expect(verifyPackage(bytes.subarray(0, Math.floor(bytes.length * keep)))).rejects.toMatchObject({
        name: 'PackageError',
      });
    }
    await expect(verifyPackage(bytes.subarray(0, bytes.length - 100))).rejects.toMatchObject({
      problem: { code: 'not_a_zip' },
    });
  });

  it('stops on a part whose bytes changed (a damaged disk)', async () => {
    const zip = await JSZip.loadAsync(await workbook());
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    const at = Buffer.from(bytes).indexOf('Tasks of the quarter');
    const damaged = Uint8Array.from(bytes);
    damaged[at] = 0x74; // 't'
    await expect(verifyPackage(damaged)).rejects.toMatchObject({
      problem: { code: 'corrupt_part', part: 'xl/worksheets/sheet1.xml' },
    });
  });

  it('stops on a damaged part even when the package it was copied from was read and checked', async () => {
    const zip = await JSZip.loadAsync(await workbook());
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    const source = ZipArchive.open(bytes);
    for await (const chunk of source.chunks('xl/worksheets/sheet1.xml')) void chunk;
    await expect(verifyPackage(bytes, { checked: [source] })).resolves.toBeUndefined();
    const at = Buffer.from(bytes).indexOf('Tasks of the quarter');
    const damaged = Uint8Array.from(bytes);
    damaged[at] = 0x74; // 't'
    await expect(verifyPackage(damaged, { checked: [source] })).rejects.toMatchObject({
      problem: { code: 'corrupt_part', part: 'xl/worksheets/sheet1.xml' },
    });
  });

  it('stops on an entry whose recorded size is wrong (a damaged file from the wild)', async () => {
    await expect(verifyPackage(fixture('bad-entry-size-issue252.xlsx'))).rejects.toMatchObject({
      problem: { code: 'corrupt_part', part: 'xl/_rels/workbook.xml.rels' },
    });
  });

  it('stops on a part stored twice under one name', async () => {
    const zip = await JSZip.loadAsync(await workbook());
    zip.file('XL/Worksheets/Sheet1.xml', '<worksheet/>', { createFolders: false });
    await expect(verifyPackage(await zip.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({
      problem: { code: 'duplicate_part', part: 'XL/Worksheets/Sheet1.xml' },
    });
  });

  it('stops on a sheet whose part is missing', async () => {
    const zip = await JSZip.loadAsync(await workbook());
    zip.remove('xl/worksheets/sheet1.xml');
    await expect(verifyPackage(await zip.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({
      problem: { code: 'missing_part' },
    });
  });

  it.each(['[Content_Types].xml', 'xl/workbook.xml'])('stops on a package without %s', async (part) => {
    const zip = await JSZip.loadAsync(await workbook());
    zip.remove(part);
    await expect(verifyPackage(await zip.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({
      name: 'PackageError',
    });
  });
});
