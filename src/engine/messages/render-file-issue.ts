import type { FileAccessReason, FileIssue, FileKind } from '../issues/file-issue';

const SAVE_AS_XLSX = 'open it in Excel and save it as an Excel Workbook (.xlsx), then use that file';

/** What a file that is not an `.xlsx` is (`name`), and the rest of the sentence: what to do with it. */
const KINDS: Readonly<Record<Exclude<FileKind, 'xlsx'>, { readonly name: string; readonly rest: string }>> = {
  xlsb: { name: 'an Excel Binary Workbook (.xlsb)', rest: `, which this tool cannot read: ${SAVE_AS_XLSX}` },
  xls: { name: 'an Excel 97-2003 workbook (.xls)', rest: `, which this tool cannot read: ${SAVE_AS_XLSX}` },
  encrypted: {
    name: 'password-protected (encrypted)',
    rest: ', so nothing in it can be read: open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, and clear it), save it, and use it again',
  },
  ods: {
    name: 'an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice)',
    rest: ', not an Excel workbook: save it as Excel 2007-365 (.xlsx) with File › Save As, then use that file',
  },
  spreadsheet_xml: {
    name: 'an Excel 2003 XML Spreadsheet',
    rest: `, not an .xlsx workbook: ${SAVE_AS_XLSX}`,
  },
  html: {
    name: 'a web page (HTML; some tools save their .xls exports this way)',
    rest: `, not a workbook: ${SAVE_AS_XLSX}`,
  },
  office_document: { name: 'a document (Word, PowerPoint or another office file)', rest: ', not a workbook' },
  zip: { name: 'a ZIP archive', rest: ' but not an Excel workbook: unpack it and use the file inside' },
  damaged_zip: {
    name: 'damaged or incomplete',
    rest: ' (was it still being copied or downloaded?): open it in Excel, which offers to repair it, or get the file again',
  },
  pdf: { name: 'a PDF document', rest: ', not a workbook' },
  text: {
    name: 'a text file (CSV or TSV?)',
    rest: ', not a workbook: import ad figures from it with the import, or open it in Excel and save it as an Excel Workbook (.xlsx) to track it',
  },
  empty: { name: 'empty (0 bytes)', rest: ': was it saved or copied completely?' },
  binary: { name: 'not an Excel workbook, whatever its name says', rest: ': give the .xlsx workbook itself' },
};

/**
 * What a file that is not an `.xlsx` is, and what to do (`an OpenDocument spreadsheet …, not an Excel workbook: save it as …`).
 *
 * @example fileKindText('ods') // 'an OpenDocument spreadsheet (.ods, …), not an Excel workbook: save it as Excel 2007-365 (.xlsx) …'
 */
export function fileKindText(kind: Exclude<FileKind, 'xlsx'>): string {
  return `${KINDS[kind].name}${KINDS[kind].rest}`;
}

/**
 * What a file is, in a few words (`an Excel 97-2003 workbook (.xls)`), for messages that give their own advice.
 *
 * @example fileKindName('xls') // 'an Excel 97-2003 workbook (.xls)'
 */
export function fileKindName(kind: Exclude<FileKind, 'xlsx'>): string {
  return KINDS[kind].name;
}

const READ: Readonly<Record<FileAccessReason, string>> = {
  not_found: 'does not exist',
  permission: 'cannot be read: permission denied (check who may read it)',
  is_directory: 'is a folder, not a file',
  not_directory: 'cannot be read: a part of its path is a file, not a folder',
  busy: 'cannot be read: another program holds it (is it open in Excel?)',
  too_many_open: 'cannot be read: too many files are open; close some programs and run again',
  name_too_long: 'cannot be read: its name is too long',
  other: 'cannot be read',
};

const MB = 1024 * 1024;

/**
 * A problem with a whole file, after its name (`plan.xlsx: …`): what the file is instead of a
 * workbook and what to do, a workbook too large to read, a file that cannot be read.
 *
 * @example renderFileIssue({ code: 'not_a_workbook', kind: 'encrypted' }, 'plan.xlsx') // 'plan.xlsx is password-protected (encrypted), …'
 */
export function renderFileIssue(issue: FileIssue, file: string): string {
  switch (issue.code) {
    case 'not_a_workbook':
      return `${file} is ${fileKindText(issue.kind)}`;
    case 'workbook_too_large':
      return `${file} is too large to read: a part of it expands to ${Math.round(issue.partBytes / MB)} MB, more than the ${Math.round(issue.limitBytes / MB)} MB this tool reads; remove what the workbook does not need (old sheets, pasted images) or split it`;
    case 'file_unreadable': {
      const text = READ[issue.reason];
      return `${file} ${text}${issue.reason === 'other' && issue.systemCode !== null ? ` (${issue.systemCode})` : ''}`;
    }
  }
}
