/**
 * How a host names, in import messages, what the user can change: the command line's options, or
 * the task pane's fields. Each is the end of a sentence (`…; name its channel <channel>`).
 */
export interface ImportWording {
  /** Where the user names the channel of every row. */
  readonly channel: string;
  /** How the user says the order of slash dates. */
  readonly dateFormat: string;
  /** Where the user declares the export's currency (a noun: `<currency> says USD`). */
  readonly currency: string;
  /** The mode that leaves rows already there alone. */
  readonly skipMode: string;
  /** What to do with an Excel workbook given where a text export was expected. */
  readonly workbookFile: string;
  /** What to do when Excel misread a pasted export. */
  readonly pastedAdvice: string;
}

/** The command line (`campaign-operator import`). */
export const CLI_IMPORT_WORDING: ImportWording = {
  channel: 'with --channel',
  dateFormat: 'with --date-format DMY or --date-format MDY',
  currency: '--currency',
  skipMode: '--mode skip',
  workbookFile: 'save it as CSV or import it as a workbook',
  pastedAdvice: 'import the export file itself',
};

/** The task pane (Import export, Import pasted range): its Channel, Date format, Currency and mode fields. */
export const PANE_IMPORT_WORDING: ImportWording = {
  channel: 'in the Channel box',
  dateFormat: 'by choosing the Date format: DMY (day first) or MDY (month first)',
  currency: 'the Currency box',
  skipMode: 'Skip',
  workbookFile:
    'open it in Excel, copy the report into a sheet of this workbook and use Import pasted range, or save it as CSV and import that',
  pastedAdvice:
    'import the export file with Import export instead, or format the cells as Text before pasting the export',
};
