import type { SourceRef } from './host';

/** The tables the tool writes to and reads back: the logs and the in-workbook memory. */
export const LOG_TABLES = {
  taskLog: { table: 'TaskLog', sheet: 'Task Log' },
  campaignHistory: { table: 'CampaignHistory', sheet: 'Campaign History' },
  learnings: { table: 'Learnings', sheet: 'Learnings' },
} as const;
export type LogTableKey = keyof typeof LOG_TABLES;

/**
 * Where one table of the model lives in the workbook, so that an issue path leads to a cell and the
 * write plan writes to the right place. Unknown columns are counted in `width` and never touched.
 */
export interface TableLocation {
  readonly source: SourceRef;
  readonly sheet: string;
  /** Sheet row of the header. */
  readonly headerRow: number;
  /** Sheet column of the first column. */
  readonly firstColumn: number;
  /** Columns in the header, unknown ones included. */
  readonly width: number;
  /** Sheet column of each model field the table has, by field key (`status` → 4). */
  readonly columns: Readonly<Record<string, number | undefined>>;
  /** Sheet row of each model row, by index in the model's array (blank rows are skipped). */
  readonly rows: readonly number[];
  /** The first sheet row below every row read (blank ones included): where appended rows go. */
  readonly nextRow: number;
  /**
   * Settings only: the model row index of each setting the table has, by settings field
   * (`timeZone` → 2), so a path naming a setting (`['settings', 'timeZone']`) leads to its Value cell.
   */
  readonly keyRows?: Readonly<Record<string, number | undefined>>;
}

/** Locations of the tables read in one run, by model table key (`tasks`) or log key (`taskLog`). */
export type SourceMap = Readonly<Record<string, TableLocation | undefined>>;
