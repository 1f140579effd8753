import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { MAX_PART_BYTES, sniffWorkbookFile, workbookFileIssue } from './sniff-workbook-file';
import { zipDirectory } from './zip-directory';

const FIXTURES = join(__dirname, '../../../test/fixtures/files');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));
const text = (t: string): Uint8Array => new TextEncoder().encode(t);

async function zipOf(files: Record<string, string>, stored: readonly string[] = []): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files))
    zip.file(name, content, { compression: stored.includes(name) ? 'STORE' : 'DEFLATE' });
  return zip.generateAsync({ type: 'uint8array' });
}

const xlsxParts = {
  '[Content_Types].xml': '<Types/>',
  'xl/workbook.xml': '<workbook/>',
  'xl/worksheets/sheet1.xml': '<worksheet/>',
};

/** The bytes with one entry's uncompressed size in the central directory set to `size`. */
function declaring(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const encoded = text(name);
  for (let at = 0; at + 46 < out.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (length === encoded.length && encoded.every((b, i) => out[at + 46 + i] === b)) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

describe('sniffWorkbookFile: real files', () => {
  it.each([
    ['password-protected.xlsx', 'encrypted'],
    ['excel-97-2003.xls', 'xls'],
    ['word-97-2003.doc', 'office_document'],
    ['libreoffice.ods', 'ods'],
  ])('%s is %s', (name, kind) => {
    expect(sniffWorkbookFile(fixture(name))).toBe(kind);
  });
});

// Workbooks written by Excel, LibreOffice and a writer with `\` in part names (test/fixtures/xlsx):
// never refused as something else.
describe('sniffWorkbookFile: real workbooks', () => {
  it.each(['excel-issue9.xlsx', 'libreoffice-date-1904.xlsx', 'backslash-names-issue-530.xlsx'])(
    '%s is an .xlsx',
    (name) => {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, '../xlsx', name)));
      expect(sniffWorkbookFile(bytes)).toBe('xlsx');
      expect(workbookFileIssue(bytes)).toBeNull();
    },
  );
});

describe('sniffWorkbookFile: what else people give', () => {
  it.each<[string, string, () => Promise<Uint8Array> | Uint8Array]>([
    ['an .xlsx', 'xlsx', () => zipOf(xlsxParts)],
    ['an .xlsb', 'xlsb', () => zipOf({ '[Content_Types].xml': '', 'xl/workbook.bin': 'x' })],
    ['a .docx', 'office_document', () => zipOf({ '[Content_Types].xml': '', 'word/document.xml': '<w/>' })],
    [
      'an .odt',
      'office_document',
      () =>
        zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }, ['mimetype']),
    ],
    ['a ZIP of photos', 'zip', () => zipOf({ 'a.jpg': 'x' })],
    ['an .xlsx cut short', 'damaged_zip', async () => (await zipOf(xlsxParts)).subarray(0, 200)],
    ['a CSV', 'text', () => text('Campaign,Clicks\nSpring,12\n')],
    ['a UTF-16 CSV with its BOM', 'text', () => new Uint8Array([0xff, 0xfe, 0x41, 0, 0x2c, 0, 0x42, 0])],
    ['a UTF-16 CSV without one', 'text', () => new Uint8Array([0x41, 0, 0x2c, 0, 0x42, 0, 0x0a, 0])],
    [
      'a web page saved as .xls',
      'html',
      () => text('<html><body><table><tr><td>1</td></tr></table></body></html>'),
    ],
    ['a web page with a doctype', 'html', () => text('\ufeff  <!DOCTYPE html>\n<html>')],
    [
      'an Excel 2003 XML spreadsheet',
      'spreadsheet_xml',
      () => text('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'),
    ],
    ['a PDF', 'pdf', () => text('%PDF-1.7\n%âãÏÓ')],
    ['an empty file', 'empty', () => new Uint8Array()],
    [
      'a PNG',
      'binary',
      () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    ],
  ])('%s is %s', async (_name, kind, make) => {
    expect(sniffWorkbookFile(await make())).toBe(kind);
  });

  it('a compound file whose directory is cut off is still told by its stream names', () => {
    const encrypted = fixture('password-protected.xlsx');
    // Keep the header and the directory sector names, lose the allocation table's sectors.
    const cut = encrypted.slice();
    cut.fill(0, 76, 76 + 109 * 4);
    expect(sniffWorkbookFile(cut)).toBe('encrypted');
  });
});

describe('workbookFileIssue', () => {
  it('accepts an .xlsx, names anything else', async () => {
    expect(workbookFileIssue(await zipOf(xlsxParts))).toBeNull();
    expect(workbookFileIssue(fixture('libreoffice.ods'))).toEqual({ code: 'not_a_workbook', kind: 'ods' });
  });

  it('refuses an .xlsx whose part would expand beyond what it reads (a ZIP bomb), from its directory alone', async () => {
    const bomb = declaring(await zipOf(xlsxParts), 'xl/worksheets/sheet1.xml', MAX_PART_BYTES + 1);
    expect(zipDirectory(bomb)?.find((e) => e.name === 'xl/worksheets/sheet1.xml')?.uncompressedBytes).toBe(
      MAX_PART_BYTES + 1,
    );
    expect(workbookFileIssue(bomb)).toEqual({
      code: 'workbook_too_large',
      partBytes: MAX_PART_BYTES + 1,
      limitBytes: MAX_PART_BYTES,
    });
  });
});
