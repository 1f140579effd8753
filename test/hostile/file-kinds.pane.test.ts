/// <reference types="office-js" />
import { importWorkbookBytes, paneWorkbook, wroteAny, type Pane } from '../excel/imports/import-workbooks';
import { FILE_CASES, LEAKS, xlsxByBytes } from './file-kinds';

let workbook: Uint8Array;
let pane: Pane;
beforeAll(async () => {
  workbook = await importWorkbookBytes();
});
beforeEach(async () => {
  pane = await paneWorkbook(workbook);
});
afterEach(() => pane.fake.uninstall());

// The task pane's Import export given each file that is neither text nor an .xlsx by its bytes: the
// problem names the file and what it is, no library words, and the workbook is left exactly as it
// was. (A damaged .xlsx, or a ZIP cut short, is the .xlsx export reader's: src/imports/xlsx.)
const notText = FILE_CASES.filter((c) => !xlsxByBytes(c) && !/text file|empty/.test(c.says.source));

describe('Import export in the task pane, given a file that is no text export', () => {
  it.each(notText.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = pane.fake.describe();
    const p = await pane.actions.prepareImport({
      source: { kind: 'file', name: 'ads.xls', bytes: await c.bytes() },
      campaignId: 'C-1',
      mode: 'replace',
    });
    expect(p.kind).toBe('import_problems');
    const problems = p.kind === 'import_problems' ? p.problems : [];
    expect(problems.map((x) => x.code)).toEqual(['binary_file']);
    expect(problems[0]?.text).toMatch(/^ads\.xls: the file is /);
    expect(problems[0]?.text).not.toMatch(LEAKS);
    expect(pane.fake.describe()).toEqual(before);
    expect(wroteAny(pane)).toBe(false);
  });

  it('says what to do with a password-protected file', async () => {
    const encrypted = FILE_CASES.find((c) => c.name.startsWith('password'));
    const p = await pane.actions.prepareImport({
      source: { kind: 'file', name: 'ads.xlsx', bytes: (await encrypted?.bytes()) ?? new Uint8Array() },
      campaignId: 'C-1',
      mode: 'replace',
    });
    expect(p.kind === 'import_problems' && p.problems[0]?.text).toBe(
      'ads.xlsx: the file is password-protected (encrypted), so nothing in it can be read: open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, and clear it), save it, and use it again',
    );
  });
});
