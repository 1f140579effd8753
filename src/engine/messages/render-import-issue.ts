import { fileKindName, fileKindText } from './render-file-issue';
import type { ImportCellRef, ImportIssue } from '../issues/import-issue';
import { IMPORT_PLATFORM_NAMES } from '../issues/import-summary';
import { CLI_IMPORT_WORDING, type ImportWording } from './import-wording';
import { list, quote } from './quote';

/** Words the place of a cell of an export; hosts of a pasted range pass one that prints `Sheet1!C7`. */
export type LocateImportCell = (line: number, columnIndex: number | null) => string;

/** Without a host: `line 17`. */
export const locateByLine: LocateImportCell = (line) => `line ${line}`;

const MAX_HEADERS = 12;

function headers(seen: readonly string[]): string {
  if (seen.length === 0) return 'none';
  const shown = seen.slice(0, MAX_HEADERS).map(quote).join(', ');
  return seen.length > MAX_HEADERS ? `${shown} and ${seen.length - MAX_HEADERS} more` : shown;
}

const cell = (r: ImportCellRef, locate: LocateImportCell): string =>
  `${locate(r.line, r.columnIndex)}, ${r.column} ${quote(r.value)}`;

const UNREADABLE: Readonly<Record<Extract<ImportIssue, { code: 'unreadable_workbook' }>['reason'], string>> =
  {
    not_a_zip:
      'it is damaged or not really .xlsx; open it in Excel and save it again, or export the report as CSV',
    zip64: 'it is larger than 4 GB; export the report as CSV',
    encrypted: 'it is password-protected; remove the password in Excel, or export the report as CSV',
    unsupported: 'it is packed in a way this tool does not read; open it in Excel and save it again',
    too_large: 'a sheet unpacks to more than 500 MB; export the report as CSV',
    no_inflate:
      'this Excel cannot unpack .xlsx files in the add-in; paste the report into a sheet and use Import pasted range',
  };

type Renderers = {
  [C in ImportIssue['code']]: (
    i: Extract<ImportIssue, { code: C }>,
    locate: LocateImportCell,
    w: ImportWording,
  ) => string;
};

/** Spreadsheets given for a text export: the host's own advice for a workbook applies. */
const SPREADSHEETS: ReadonlySet<string> = new Set(['xls', 'xlsb', 'ods', 'spreadsheet_xml', 'html']);

const RENDER: Renderers = {
  binary_file: (i, _, w) => {
    if (i.kind === 'xlsx') return `the file is an Excel workbook, not a text export; ${w.workbookFile}`;
    if (SPREADSHEETS.has(i.kind))
      return `the file is ${fileKindName(i.kind)}, not a text export; ${w.workbookFile}`;
    if (i.kind === 'encrypted' || i.kind === 'damaged_zip') return `the file is ${fileKindText(i.kind)}`;
    if (i.kind === 'binary') return 'the file is not text (CSV or TSV); export the report again as CSV';
    return `the file is ${fileKindName(i.kind)}, not text (CSV or TSV); export the report again as CSV`;
  },
  unreadable_workbook: (i) => `the file is an Excel workbook that cannot be read: ${UNREADABLE[i.reason]}`,
  no_header: (i) =>
    `no header row was found (a row naming columns such as Impressions, Clicks and Cost); the first row holds ${headers(i.firstRow)}`,
  unknown_platform: (i, _, w) =>
    `the export was not recognised as Google Ads, Meta, LinkedIn, Microsoft Advertising, TikTok, X or GA4 (its headers are ${headers(i.headersSeen)}); to import it anyway, name its channel ${w.channel}`,
  missing_metrics: (i) =>
    `this ${i.platform === 'generic' ? '' : `${IMPORT_PLATFORM_NAMES[i.platform]} `}export has no impressions, clicks or cost column, so it holds no ad figures to import; its headers are ${headers(i.headersSeen)}`,
  channel_required: (i, _, w) =>
    `some rows have no ${quote(i.column)} and the platform could not be told from the headers; name the channel ${w.channel}`,
  unterminated_quote: (i, locate) =>
    `${locate(i.line, null)}: a quoted value is never closed, so the rest of the file cannot be read`,
  swallowed_rows: (i, locate) =>
    `${locate(i.line, null)}: a quoted value runs on to line ${i.lastLine} and holds several cells, so the rows between were read as one; close the quote on its own line (or remove it) and export again`,
  date_before_1900: (i, locate) =>
    `${cell(i, locate)} is before 1900-03-01, which Excel cannot hold exactly (it would land a day off); check the date`,
  too_many_digits: (i, locate) =>
    `${cell(i, locate)} has more than 15 significant digits, which Excel cannot keep (it would change the figure); check the column holds figures, not IDs`,
  invalid_number: (i, locate) => `${cell(i, locate)} is not a number`,
  negative_number: (i, locate) => `${cell(i, locate)} is negative; imported figures must be 0 or more`,
  invalid_date: (i, locate) => `${cell(i, locate)} is not a date`,
  mixed_number_formats: (i, locate) =>
    `the export mixes number formats: ${cell(i.decimalPoint, locate)} has a decimal point but ${cell(i.decimalComma, locate)} has a decimal comma`,
  ambiguous_dates: (i, _, w) =>
    `the ${i.column} column can be read day-first or month-first (${list(i.examples.map(quote))}); say which ${w.dateFormat}`,
  inconsistent_dates: (i, locate) =>
    `the dates are written both ways: ${cell(i.dayFirst, locate)} is day-first but ${cell(i.monthFirst, locate)} is month-first`,
  date_format_contradicted: (i, locate) =>
    `${cell(i, locate)} cannot be read as ${i.dateFormat === 'DMY' ? 'day/month/year' : 'month/day/year'} as the date format says`,
  currency_mismatch: (i) =>
    `the export is in ${i.exportCurrency} but campaign ${quote(i.campaignId)} is in ${i.campaignCurrency}; nothing was imported (convert the export, or import it into a campaign in ${i.exportCurrency})`,
  currency_conflict: (i, _, w) => `${w.currency} says ${i.declared} but the export says ${i.found}`,
  mixed_currencies: (i, locate) =>
    `${cell(i, locate)} differs from ${i.first} above it; an export must be in one currency`,
  unknown_currency: (i, locate) => `${cell(i, locate)} is not an ISO 4217 currency code`,
  pasted_number_format: (i, locate, w) =>
    `Excel read some pasted figures as numbers (${cell(i.read, locate)}) but could not read others (${cell(i.unread, locate)}): the export writes numbers another way than this Excel does, so the figures Excel read may be wrong (15.000 read as 15, not 15000); ${w.pastedAdvice}`,
  pasted_date_order: (i, locate, w) =>
    `Excel read some pasted dates (${cell(i.read, locate)}) but could not read others (${cell(i.unread, locate)}): the export writes dates in another order than this Excel does, so the dates Excel read may be wrong (03/05/2025 read as 5 March, not 3 May); ${w.pastedAdvice}`,
};

/**
 * The message of an import problem; `wording` names the options the way the host shows them (the
 * command line's by default).
 *
 * @example renderImportIssue({ code: 'invalid_number', line: 7, columnIndex: 3, column: 'Cost', value: 'abc' })
 * // 'line 7, Cost "abc" is not a number'
 */
export function renderImportIssue(
  issue: ImportIssue,
  locate: LocateImportCell = locateByLine,
  wording: ImportWording = CLI_IMPORT_WORDING,
): string {
  const render = RENDER[issue.code] as (i: ImportIssue, l: LocateImportCell, w: ImportWording) => string;
  return render(issue, locate, wording);
}

/**
 * The line after the listed problems when more were found.
 *
 * @example renderMoreImportIssues(12) // '… and 12 more problems like these'
 */
export function renderMoreImportIssues(count: number): string {
  return `… and ${count} more ${count === 1 ? 'problem' : 'problems'} like these`;
}
