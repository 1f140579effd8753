import type { CellReader } from '../cells/cell-read';

/**
 * How one column of a table is read: its reader, and what a blank cell (or a missing optional
 * column) means. A required field's blank cell is `required_value`; its missing column `missing_column`.
 */
export type FieldSpec<T> =
  | { readonly required: true; readonly read: CellReader<T> }
  | { readonly required: false; readonly read: CellReader<T>; readonly blank: T };

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
