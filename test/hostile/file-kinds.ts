import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { MAX_PART_BYTES } from '../../src/workbook/files/sniff-workbook-file';
import { xlsxOf } from './book-xlsx';
import { baseBook, withTable } from './hostile-book';

const FIXTURES = join(__dirname, '..', 'fixtures', 'files');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));
const text = (t: string): Uint8Array => new TextEncoder().encode(t);

/** A file given where an `.xlsx` workbook is expected, and what the message must say it is. */
export interface FileCase {
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array>;
  /** The words after the file's name (`plan.xlsx is …`). */
  readonly says: RegExp;
  /** An `.xlsx` by its bytes that the package reader finds damaged inside (`says` follows `name: `). */
  readonly damaged?: true;
}

async function goodXlsx(): Promise<Uint8Array> {
  return xlsxOf(withTable(baseBook(), 'Tasks', 'Tasks'));
}

/** The good workbook with its package changed. */
async function changed(change: (zip: JSZip) => void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await goodXlsx());
  change(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The bytes with a part's uncompressed size, in its local header and the central directory, set to `size`. */
function declaring(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const name = text(part);
  const named = (at: number, length: number) =>
    length === name.length && name.every((b, i) => out[at + i] === b);
  for (let at = 0; at + 46 < out.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && named(at + 30, view.getUint16(at + 26, true)))
      view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && named(at + 46, view.getUint16(at + 28, true)))
      view.setUint32(at + 24, size, true);
  }
  return out;
}

const SHEET = 'xl/worksheets/sheet1.xml';

/**
 * Files that are not a workbook this tool can read: real ones (Excel's password protection, an
 * `.xls`, a Word `.doc`, LibreOffice's `.ods`; test/fixtures/files/SOURCES.md) and made ones (a
 * CSV, a web page, a PDF, a ZIP, a cut-off download, `.xlsb`, Excel 2003 XML), and `.xlsx` files
 * that make the workbook library fail (`reading 'name'`, `Bug : uncompressed data size mismatch`,
 * a part that would expand beyond what a string holds).
 */
export const FILE_CASES: readonly FileCase[] = [
  {
    name: 'password-protected by Excel',
    bytes: async () => fixture('password-protected.xlsx'),
    says: /is password-protected \(encrypted\), so nothing in it can be read: open it in Excel, remove the password/,
  },
  {
    name: 'Excel 97-2003 (.xls)',
    bytes: async () => fixture('excel-97-2003.xls'),
    says: /is an Excel 97-2003 workbook \(\.xls\), which this tool cannot read: open it in Excel and save it as an Excel Workbook \(\.xlsx\)/,
  },
  {
    name: 'OpenDocument (.ods) from LibreOffice',
    bytes: async () => fixture('libreoffice.ods'),
    says: /is an OpenDocument spreadsheet \(\.ods, from LibreOffice or OpenOffice\), not an Excel workbook: save it as Excel 2007-365 \(\.xlsx\)/,
  },
  {
    name: 'a Word 97-2003 document',
    bytes: async () => fixture('word-97-2003.doc'),
    says: /is a document \(Word, PowerPoint or another office file\)/,
  },
  {
    name: 'a CSV export',
    bytes: async () => text('Campaign,Impressions,Clicks,Cost\nSpring,1000,12,40.50\n'),
    says: /is a text file \(CSV or TSV\?\), not a workbook: import ad figures from it/,
  },
  {
    name: 'a web page saved as .xls',
    bytes: async () => text('<html><body><table><tr><td>Campaign ID</td></tr></table></body></html>'),
    says: /is a web page \(HTML; some tools save their \.xls exports this way\)/,
  },
  {
    name: 'an Excel 2003 XML Spreadsheet',
    bytes: async () =>
      text(
        '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
      ),
    says: /is an Excel 2003 XML Spreadsheet/,
  },
  { name: 'a PDF', bytes: async () => text('%PDF-1.7\n1 0 obj\n'), says: /is a PDF document/ },
  { name: 'an empty file', bytes: async () => new Uint8Array(), says: /is empty \(0 bytes\)/ },
  {
    name: 'a ZIP of images',
    bytes: async () => new JSZip().file('logo.png', 'x').generateAsync({ type: 'uint8array' }),
    says: /is a ZIP archive but not an Excel workbook/,
  },
  {
    name: 'a download cut short',
    bytes: async () => (await goodXlsx()).subarray(0, 3000),
    says: /is damaged or incomplete \(was it still being copied or downloaded\?\)/,
  },
  {
    name: 'an Excel Binary Workbook (.xlsb)',
    bytes: async () =>
      new JSZip()
        .file('[Content_Types].xml', '<Types/>')
        .file('xl/workbook.bin', 'x')
        .generateAsync({ type: 'uint8array' }),
    says: /is an Excel Binary Workbook \(\.xlsb\)/,
  },
  {
    name: 'a part that would expand beyond what the tool reads',
    bytes: async () => declaring(await goodXlsx(), SHEET, MAX_PART_BYTES + 1024 * 1024),
    says: /is too large to read: a part of it expands to 401 MB, more than the 400 MB this tool reads/,
  },
  {
    name: 'a part whose size does not match (Bug : uncompressed data size mismatch)',
    bytes: async () => declaring(await goodXlsx(), SHEET, 5),
    says: /part xl\/worksheets\/sheet1\.xml of the workbook is damaged \(its bytes do not match their checksum\); open it in Excel to repair it/,
    damaged: true,
  },
  {
    name: "a table part missing (reading 'name')",
    bytes: () => changed((z) => z.remove('xl/tables/table1.xml')),
    says: /the workbook names a part xl\/tables\/table1\.xml that it does not hold; open it in Excel to repair it/,
    damaged: true,
  },
  {
    name: 'every sheet part missing (an empty workbook)',
    bytes: () =>
      changed((z) =>
        z.forEach((path) => (/^xl\/worksheets\/sheet\d+\.xml$/.test(path) ? z.remove(path) : undefined)),
      ),
    says: /the workbook names a part Campaigns that it does not hold; open it in Excel to repair it/,
    damaged: true,
  },
  {
    name: "a sheet part that is not XML (setting 'sheetNo')",
    bytes: () => changed((z) => z.file(SHEET, '<worksheet><sheetData><row')),
    says: /part xl\/worksheets\/sheet1\.xml of the workbook cannot be read \(it ends before its rows do\); open it in Excel and save it again/,
    damaged: true,
  },
];

/** A file that is an `.xlsx` by its bytes, or a ZIP cut short: as an export, the `.xlsx` reader's. */
export const xlsxByBytes = (c: FileCase): boolean =>
  c.damaged === true || /too large|damaged or incomplete/.test(c.says.source);

/** What no message may show: a library's words, or a hidden temporary file. */
export const LEAKS =
  /reading '|setting '|Bug :|Invalid string length|Cannot (read|set) properties|central directory|is this a zip|\.tmp\b|\/\.[^/\s]+\.xlsx/;
