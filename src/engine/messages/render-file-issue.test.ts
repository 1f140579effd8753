import type { FileAccessReason, FileKind } from '../issues/file-issue';
import { fileKindName, fileKindText, renderFileIssue } from './render-file-issue';

const KINDS: ReadonlyArray<Exclude<FileKind, 'xlsx'>> = [
  'xlsb',
  'xls',
  'encrypted',
  'ods',
  'spreadsheet_xml',
  'html',
  'office_document',
  'zip',
  'damaged_zip',
  'pdf',
  'text',
  'empty',
  'binary',
];

describe('renderFileIssue', () => {
  it.each(KINDS)('names a %s file for what it is', (kind) => {
    const text = renderFileIssue({ code: 'not_a_workbook', kind }, 'plan.xlsx');
    expect(text).toBe(`plan.xlsx is ${fileKindText(kind)}`);
    expect(fileKindText(kind).startsWith(fileKindName(kind))).toBe(true);
  });

  it('says what to do with the kinds people give most', () => {
    expect(renderFileIssue({ code: 'not_a_workbook', kind: 'ods' }, 'q3.xlsx')).toBe(
      'q3.xlsx is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice), not an Excel workbook: save it as Excel 2007-365 (.xlsx) with File › Save As, then use that file',
    );
    expect(renderFileIssue({ code: 'not_a_workbook', kind: 'xls' }, 'q3.xls')).toContain(
      'save it as an Excel Workbook (.xlsx)',
    );
  });

  it('gives sizes in MB and never a library message', () => {
    expect(
      renderFileIssue(
        { code: 'workbook_too_large', partBytes: 600 * 1024 * 1024, limitBytes: 400 * 1024 * 1024 },
        'big.xlsx',
      ),
    ).toMatch(
      /^big\.xlsx is too large to read: a part of it expands to 600 MB, more than the 400 MB this tool reads/,
    );
  });

  it.each<[FileAccessReason, string]>([
    ['permission', 'plan.xlsx cannot be read: permission denied (check who may read it)'],
    ['busy', 'plan.xlsx cannot be read: another program holds it (is it open in Excel?)'],
    ['is_directory', 'plan.xlsx is a folder, not a file'],
  ])('%s', (reason, text) => {
    expect(renderFileIssue({ code: 'file_unreadable', reason, systemCode: 'E' }, 'plan.xlsx')).toBe(text);
  });

  it('gives the system’s code only when it has no words for it', () => {
    expect(
      renderFileIssue({ code: 'file_unreadable', reason: 'other', systemCode: 'EIO' }, 'plan.xlsx'),
    ).toBe('plan.xlsx cannot be read (EIO)');
  });
});
