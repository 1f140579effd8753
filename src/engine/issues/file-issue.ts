/**
 * What a file is, told from its bytes (`sniffWorkbookFile`): an `.xlsx` workbook, or something a
 * user may give in its place.
 */
export type FileKind =
  /** An Excel workbook in the Office Open XML format (`.xlsx`, `.xlsm`). */
  | 'xlsx'
  /** Excel's binary workbook (`.xlsb`). */
  | 'xlsb'
  /** Excel 97-2003 (`.xls`). */
  | 'xls'
  /** A password-protected (encrypted) Office file: an OLE compound file with `EncryptionInfo`. */
  | 'encrypted'
  /** An OpenDocument spreadsheet (`.ods`: LibreOffice, OpenOffice). */
  | 'ods'
  /** Excel 2003's XML Spreadsheet. */
  | 'spreadsheet_xml'
  /** A web page (some tools save `.xls` files this way). */
  | 'html'
  /** A Word or PowerPoint document, or another Office or OpenDocument file. */
  | 'office_document'
  /** A ZIP archive that is no Office file. */
  | 'zip'
  /** A ZIP archive cut short or damaged (no directory at its end). */
  | 'damaged_zip'
  | 'pdf'
  /** Text: CSV, TSV or another. */
  | 'text'
  | 'empty'
  /** Any other binary file. */
  | 'binary';

/** Why a file could not be read, from the operating system's error. (Writes: `FileWriteError`, src/cli/files/.) */
export type FileAccessReason =
  | 'not_found'
  | 'permission'
  | 'is_directory'
  | 'not_directory'
  | 'busy'
  | 'too_many_open'
  | 'name_too_long'
  | 'other';

/**
 * A problem with a file as a whole (the workbook given to `track` or `import`, an export), as data.
 * The host names the file; `messages/render-file-issue.ts` says the rest.
 */
export type FileIssue =
  | { readonly code: 'not_a_workbook'; readonly kind: Exclude<FileKind, 'xlsx'> }
  /** An `.xlsx` whose largest part expands beyond what the tool reads. */
  | { readonly code: 'workbook_too_large'; readonly partBytes: number; readonly limitBytes: number }
  /** The file could not be read. */
  | {
      readonly code: 'file_unreadable';
      readonly reason: FileAccessReason;
      /** The operating system's code (`EACCES`), for `other`. */
      readonly systemCode: string | null;
    };
