import type { FileKind } from './file-issue';
import type { ImportPlatform } from './import-summary';

/**
 * Problems with an ad-platform export, as data. `line` is the 1-based line of the file where the
 * record starts, or the 1-based row of a pasted range; `columnIndex` is the 0-based cell in that
 * record and `column` its header as the export wrote it. Texts are in `messages/render-import-issue.ts`.
 */
export interface ImportCellRef {
  readonly line: number;
  readonly columnIndex: number;
  readonly column: string;
  readonly value: string;
}

export type DateOrder = 'DMY' | 'MDY';

export type ImportIssue =
  /** A file that is no text export: a workbook (`xlsx`, `xls`, `ods`…), a password-protected file, a PDF… */
  | { readonly code: 'binary_file'; readonly kind: Exclude<FileKind, 'text' | 'empty'> }
  /** An `.xlsx` export that cannot be unpacked (`no_inflate`: the browser has no DEFLATE). */
  | {
      readonly code: 'unreadable_workbook';
      readonly reason: 'not_a_zip' | 'zip64' | 'encrypted' | 'unsupported' | 'too_large' | 'no_inflate';
    }
  | { readonly code: 'no_header'; readonly firstRow: readonly string[] }
  | { readonly code: 'unknown_platform'; readonly headersSeen: readonly string[] }
  | {
      readonly code: 'missing_metrics';
      readonly platform: ImportPlatform;
      readonly headersSeen: readonly string[];
    }
  | { readonly code: 'channel_required'; readonly column: string }
  | { readonly code: 'unterminated_quote'; readonly line: number }
  /**
   * A quoted cell runs from `line` to `lastLine` and holds the delimiter: a quote opened and closed
   * lines later, swallowing the rows between into one.
   */
  | { readonly code: 'swallowed_rows'; readonly line: number; readonly lastLine: number }
  /** A date before 1900-03-01: Excel's calendar cannot hold it exactly (it would land a day off). */
  | ({ readonly code: 'date_before_1900' } & ImportCellRef)
  /** A figure with more than 15 significant digits: Excel keeps 15, so it would change silently. */
  | ({ readonly code: 'too_many_digits' } & ImportCellRef)
  | ({ readonly code: 'invalid_number' } & ImportCellRef)
  | ({ readonly code: 'negative_number' } & ImportCellRef)
  | ({ readonly code: 'invalid_date' } & ImportCellRef)
  | {
      readonly code: 'mixed_number_formats';
      readonly decimalPoint: ImportCellRef;
      readonly decimalComma: ImportCellRef;
    }
  | { readonly code: 'ambiguous_dates'; readonly column: string; readonly examples: readonly string[] }
  | {
      readonly code: 'inconsistent_dates';
      readonly dayFirst: ImportCellRef;
      readonly monthFirst: ImportCellRef;
    }
  | ({ readonly code: 'date_format_contradicted'; readonly dateFormat: DateOrder } & ImportCellRef)
  | {
      readonly code: 'currency_mismatch';
      readonly exportCurrency: string;
      readonly campaignCurrency: string;
      readonly campaignId: string;
    }
  | { readonly code: 'currency_conflict'; readonly declared: string; readonly found: string }
  | ({ readonly code: 'mixed_currencies'; readonly first: string } & ImportCellRef)
  | ({ readonly code: 'unknown_currency' } & ImportCellRef)
  /**
   * A pasted range only: Excel turned some figures into numbers and left others it could not read as
   * text, so its locale reads numbers another way than the export writes them (`read` is one it
   * turned into a number, `unread` one it left).
   */
  | { readonly code: 'pasted_number_format'; readonly read: ImportCellRef; readonly unread: ImportCellRef }
  /** A pasted range only: the same for dates (`read` holds the date Excel read, `YYYY-MM-DD`). */
  | { readonly code: 'pasted_date_order'; readonly read: ImportCellRef; readonly unread: ImportCellRef };

export type ImportIssueCode = ImportIssue['code'];
