import { BLANK, type CellReader } from '../cells/cell-read';
import { isNotReported } from '../cells/not-reported';

/**
 * How one column of a table is read: its reader, and what a blank cell (or a missing optional
 * column) means. A required field's blank cell is `required_value`; its missing column `missing_column`.
 * A field with `columnRequired` must have its column, but a blank cell is `blank` (a figure the ad
 * platform did not report).
 */
export type FieldSpec<T> =
  | { readonly required: true; readonly read: CellReader<T> }
  | {
      readonly required: false;
      readonly read: CellReader<T>;
      readonly blank: T;
      readonly columnRequired?: true;
    };

/** Every field of a model row, with how its column is read. */
export type TableContract<Row> = { readonly [K in keyof Row]-?: FieldSpec<Row[K]> };

/** @example required(readText) // a blank cell is `required_value` */
export const required = <T>(read: CellReader<T>): FieldSpec<T> => ({ required: true, read });

/** @example optional(readText) // a blank cell is `null` */
export const optional = <T>(read: CellReader<T>): FieldSpec<T | null> => ({
  required: false,
  read,
  blank: null,
});

/** @example defaulted(readBoolean, false) // a blank cell is `false` */
export const defaulted = <T>(read: CellReader<T>, blank: T): FieldSpec<T> => ({
  required: false,
  read,
  blank,
});

/** A figure's reader that reads `--`, `-`, a dash or `n/a`, as exports write them, as a blank cell. */
const orNotReported =
  <T>(read: CellReader<T>): CellReader<T> =>
  (cell, context) =>
    isNotReported(cell) ? BLANK : read(cell, context);

/**
 * A figure an ad platform may not report: the column must be there; a blank cell, or `--`, `-`, a
 * dash or `n/a`, is `null` (not reported, not zero).
 *
 * @example reported(count) // '--' reads as null; '12' as 12; a missing column is `missing_column`
 */
export const reported = <T>(read: CellReader<T>): FieldSpec<T | null> => ({
  required: false,
  read: orNotReported(read),
  blank: null,
  columnRequired: true,
});

/**
 * An optional figure (Revenue, Engagements): blank, `--`, `-`, a dash or `n/a` is `null`.
 *
 * @example optionalFigure(money) // 'n/a' reads as null
 */
export const optionalFigure = <T>(read: CellReader<T>): FieldSpec<T | null> => ({
  required: false,
  read: orNotReported(read),
  blank: null,
});
