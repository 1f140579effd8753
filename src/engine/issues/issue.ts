import type { NumberStyle } from '../model/settings';

/**
 * Input errors and warnings are data: a code, a path into the model and the values the message needs.
 * The text is rendered in one place (`messages/render-issue.ts`); hosts add the cell address.
 *
 * A path starts with the model's table key (`tasks`), then the row's index in that table, then the
 * field: `['tasks', 4, 'status']`. A path without a row (`['tasks', 'status']`) means the column; a
 * path with only the table means the table. Settings rows are paths like the others
 * (`['settings', 3, 'value']`, row index 3 of the Settings table); a path naming a setting
 * (`['settings', 'retryLimit']`, by field or by its label) means that setting's Value cell.
 */
export type IssuePath = ReadonlyArray<string | number>;
export type Severity = 'error' | 'warning';

/** What a cell or value was expected to be, for `invalid_value`. */
export type ValueKind =
  | 'text'
  | 'number'
  | 'integer'
  | 'money'
  | 'date'
  | 'date_time'
  | 'boolean'
  | 'percent'
  | 'currency_code'
  | 'time_zone'
  | 'number_style';

/** One of several places a workbook has for one input; `sheetRef` is the sheet as Excel writes it in a reference. */
export interface SourceCandidate {
  readonly kind: 'table' | 'sheet';
  readonly name: string;
  readonly sheetRef: string;
}

/** A letter of an ID that looks like a Latin one, or is from another alphabet among Latin letters. */
export interface ForeignLetter {
  readonly char: string;
  readonly script: 'Cyrillic' | 'Greek' | 'fullwidth';
  /** The Latin letter or digit it is mistaken for, `null` when it looks like none. */
  readonly looksLike: string | null;
}

export type IssueDetail =
  // The workbook's shape.
  | { code: 'missing_table'; table: string }
  /** Several tables or sheets match one input's name: none is read. */
  | { code: 'ambiguous_source'; table: string; candidates: readonly SourceCandidate[] }
  | { code: 'missing_column'; table: string; column: string }
  | { code: 'duplicate_column'; table: string; column: string }
  | { code: 'empty_header'; table: string }
  /** Merged cells inside a table (`A3:A4`): the cells under the first read as blank. */
  | { code: 'merged_cells'; table: string; range: string }
  // One cell.
  | { code: 'required_value'; column: string }
  | { code: 'invalid_value'; column: string; value: string; expected: ValueKind }
  | { code: 'cell_error'; column: string; value: string }
  | { code: 'invalid_choice'; column: string; value: string; allowed: readonly string[] }
  | { code: 'negative_value'; column: string; value: number }
  | { code: 'text_too_long'; column: string; length: number; max: number }
  /** A date written day and month first (`03/04/2026`): `candidates` are its possible year-month-day readings. */
  | { code: 'ambiguous_date'; column: string; value: string; candidates: readonly string[] }
  /**
   * A number typed as text that the workbook's number style does not settle: `25.000` with no
   * Settings Number Format (two `readings`), or `1.234,56` read with `1,234.56` (one reading, in
   * the other style). `style` is the Settings Number Format, `null` when not said.
   */
  | {
      code: 'ambiguous_number';
      column: string;
      value: string;
      readings: ReadonlyArray<{ readonly style: NumberStyle; readonly value: number }>;
      style: NumberStyle | null;
    }
  /**
   * Money written in a currency (`€25000`, `25000 EUR`) or shown in one by its number `format`
   * (`"£"#,##0`) that is not its campaign's: `currencies` are those the mark `mark` can stand for.
   */
  | {
      code: 'wrong_currency';
      column: string;
      value: string;
      format: string | null;
      mark: string;
      currencies: readonly string[];
      campaignId: string;
      currency: string;
    }
  /** An ID with letters that look like others (`T02` with a Cyrillic `Т`): two IDs that look the same may differ. */
  | { code: 'confusable_id'; column: string; value: string; letters: readonly ForeignLetter[] }
  /** Below a minimum other than zero (zero itself where only positive values make sense). */
  | { code: 'too_small'; column: string; value: number; min: number; inclusive: boolean }
  | { code: 'unknown_setting'; key: string }
  // Across rows and tables.
  | { code: 'duplicate_id'; column: string; value: string; firstPath: IssuePath }
  | { code: 'unknown_reference'; column: string; value: string; table: string }
  | { code: 'dependency_cycle'; cycle: readonly string[] }
  | { code: 'end_before_start'; start: string; end: string }
  | { code: 'spend_without_budget'; spent: string; currency: string }
  | { code: 'invalid_target'; value: string }
  | { code: 'primary_kpi_count'; campaignId: string; count: number }
  | { code: 'blocked_without_since'; taskId: string }
  /** ChannelMetrics rows dated after the report date: left out of every figure. */
  | { code: 'rows_after_report_date'; campaignId: string; rows: number; reportDate: string }
  | { code: 'unknown_campaign'; campaignId: string }
  | { code: 'no_campaign_to_track' };

export type IssueCode = IssueDetail['code'];
export type Issue = IssueDetail & { readonly path: IssuePath; readonly severity: Severity };

export function issue(severity: Severity, path: IssuePath, detail: IssueDetail): Issue {
  return { ...detail, path, severity };
}

export const error = (path: IssuePath, detail: IssueDetail): Issue => issue('error', path, detail);
export const warning = (path: IssuePath, detail: IssueDetail): Issue => issue('warning', path, detail);

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
