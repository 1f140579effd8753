/**
 * What can be wrong with a workbook package, or with a write the plan asks for, as data. The CLI
 * words each one in one place (`package-messages.ts`); no library message or temporary path ever
 * reaches the user.
 */
export type PackageProblem =
  /** The bytes are not a zip archive (or one this reader cannot follow). */
  | { readonly code: 'not_a_zip' }
  /** The zip needs ZIP64 (a part or the archive over 4 GB, or over 65,535 parts). */
  | { readonly code: 'zip64' }
  /** A part is encrypted or compressed with a method other than deflate or store. */
  | { readonly code: 'unsupported_part'; readonly part: string }
  /** A part's bytes do not inflate, or do not match their checksum. */
  | { readonly code: 'corrupt_part'; readonly part: string }
  /** Two entries of the zip have one part name. */
  | { readonly code: 'duplicate_part'; readonly part: string }
  /** A part the package's relationships name is not in it. */
  | { readonly code: 'missing_part'; readonly part: string }
  /** The package holds no workbook part (a Word or PowerPoint file, or no Office file). */
  | { readonly code: 'no_workbook' }
  /** A part is not XML this reader can follow. */
  | { readonly code: 'bad_xml'; readonly part: string; readonly detail: string }
  | { readonly code: 'no_sheet'; readonly sheet: string }
  | { readonly code: 'no_table'; readonly table: string; readonly sheet?: string }
  /** Cells the run would write into hold something. */
  | {
      readonly code: 'not_blank';
      readonly purpose: string;
      readonly sheet: string;
      readonly range: string;
      readonly cell: string;
    }
  | { readonly code: 'totals_row'; readonly table: string }
  | { readonly code: 'rows_not_below'; readonly table: string; readonly expected: string }
  | { readonly code: 'column_exists'; readonly table: string; readonly column: string }
  | { readonly code: 'column_position'; readonly column: string; readonly expected: number }
  | { readonly code: 'empty_sheet'; readonly sheet: string }
  | { readonly code: 'sheet_exists'; readonly sheet: string }
  | { readonly code: 'bad_sheet_name'; readonly sheet: string }
  | { readonly code: 'name_taken'; readonly name: string }
  | { readonly code: 'bad_table_name'; readonly name: string }
  /** A cell the run writes is part of an array formula or a data table. */
  | { readonly code: 'array_formula'; readonly sheet: string; readonly cell: string }
  | { readonly code: 'text_too_long'; readonly sheet: string; readonly cell: string; readonly length: number }
  | { readonly code: 'not_a_number'; readonly sheet: string; readonly cell: string }
  | { readonly code: 'bad_choices'; readonly detail: string }
  /** A source larger than the CLI reads in one run. */
  | {
      readonly code: 'too_many_cells';
      readonly sheet: string;
      /** The table read, or `null` for a sheet used as a table. */
      readonly table: string | null;
      readonly limit: number;
    }
  | { readonly code: 'last_sheet'; readonly sheet: string }
  /** The workbook's structure is protected: no sheet may be added or removed. */
  | { readonly code: 'structure_protected'; readonly sheet: string };

/**
 * A problem with a package or a write, carrying its data (`problem`) and its words (`message`).
 *
 * @example throw new PackageError({ code: 'no_sheet', sheet: 'Tasks' });
 */
export class PackageError extends Error {
  override readonly name = 'PackageError';
  constructor(readonly problem: PackageProblem) {
    super(packageMessage(problem));
  }
}

const DOCS = 'docs/cli.md';

/**
 * The words for a package problem: the only place they are written.
 *
 * @example packageMessage({ code: 'no_sheet', sheet: 'Tasks' }) // 'the workbook has no sheet named Tasks'
 */
export function packageMessage(p: PackageProblem): string {
  switch (p.code) {
    case 'not_a_zip':
      return 'not an .xlsx workbook (the file is not a zip package); save it as .xlsx in Excel';
    case 'zip64':
      return 'the workbook is stored as a ZIP64 package (over 4 GB or 65,535 parts), which this tool does not read';
    case 'unsupported_part':
      return `part ${p.part} of the workbook is encrypted or compressed in a way this tool does not read; save it again in Excel`;
    case 'corrupt_part':
      return `part ${p.part} of the workbook is damaged (its bytes do not match their checksum); open it in Excel to repair it`;
    case 'duplicate_part':
      return `part ${p.part} is in the workbook twice; open it in Excel to repair it`;
    case 'missing_part':
      return `the workbook names a part ${p.part} that it does not hold; open it in Excel to repair it`;
    case 'no_workbook':
      return 'the file is a zip package but holds no Excel workbook';
    case 'bad_xml':
      return `part ${p.part} of the workbook cannot be read (${p.detail}); open it in Excel and save it again`;
    case 'no_sheet':
      return `the workbook has no sheet named ${p.sheet}`;
    case 'no_table':
      return p.sheet === undefined
        ? `the workbook has no table named ${p.table}`
        : `the workbook has no table ${p.table} on sheet ${p.sheet}`;
    case 'not_blank':
      return `cannot ${p.purpose}: ${p.sheet}!${p.range} must be empty, but ${p.cell} is not`;
    case 'totals_row':
      return `table ${p.table} has a totals row; remove it so that rows can be added below the data`;
    case 'rows_not_below':
      return `rows for table ${p.table} must go right below it, within its columns (${p.expected})`;
    case 'column_exists':
      return `the table ${p.table} already has a column ${p.column}`;
    case 'column_position':
      return `a new column ${p.column} must go at column ${p.expected}`;
    case 'empty_sheet':
      return `sheet ${p.sheet} is empty; it has no header row to extend`;
    case 'sheet_exists':
      return `the workbook already has a sheet named ${p.sheet}`;
    case 'bad_sheet_name':
      return `"${p.sheet}" is not a valid sheet name`;
    case 'name_taken':
      return `the workbook already uses the name ${p.name} (a table or a defined name)`;
    case 'bad_table_name':
      return `"${p.name}" is not a valid table name`;
    case 'array_formula':
      return `cannot write ${p.sheet}!${p.cell}: it is part of an array formula or a data table`;
    case 'text_too_long':
      return `text of ${p.length} characters does not fit in cell ${p.sheet}!${p.cell}`;
    case 'not_a_number':
      return `cannot write a number that is not finite into cell ${p.sheet}!${p.cell}`;
    case 'bad_choices':
      return `a drop-down list cannot be written: ${p.detail}`;
    case 'too_many_cells':
      return `${p.table === null ? `sheet ${p.sheet}` : `table ${p.table} on sheet ${p.sheet}`} has more than ${p.limit.toLocaleString('en-US')} cells, more than this tool reads in one run (${DOCS}, "Limits"); split it, or archive old rows in another workbook`;
    case 'structure_protected':
      return `cannot add or remove the sheet ${p.sheet}: the workbook's structure is protected (Review › Protect Workbook in Excel); unprotect it, then run again`;
    case 'last_sheet':
      return `cannot remove ${p.sheet}: a workbook keeps at least one sheet`;
  }
}
