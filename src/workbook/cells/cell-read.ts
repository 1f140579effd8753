import type { IssueDetail, ValueKind } from '../../engine/issues/issue';
import type { NumberStyle } from '../../engine/model/settings';
import { isCellError, type RawCell } from '../host';
import type { CurrencyMark } from './currency-mark';

/** What a reader knows about the cell besides its value. */
export interface CellContext {
  /** The column's label, as messages name it (`Status`). */
  readonly column: string;
  /** Settings Time Zone: Excel dates are wall times there. */
  readonly timeZone: string;
  /** The cell's number format, when the host read it. */
  readonly numberFormat: string | null;
  /** Settings Number Format: how numbers typed as text are written (`null`: not said). */
  readonly numberStyle?: NumberStyle | null;
}

/**
 * A value (`null` for a blank cell), or why the cell cannot be read. A money cell also says the
 * currency written in it (`€25000`) or shown by its format, for the check against its campaign's.
 */
export type CellRead<T> =
  | { readonly ok: true; readonly value: T | null; readonly currency?: CurrencyMark }
  | { readonly ok: false; readonly detail: IssueDetail };

export type CellReader<T> = (cell: RawCell, context: CellContext) => CellRead<T>;

/** A cell that is neither blank nor an Excel error. Strings arrive as written (untrimmed). */
export type PresentCell = string | number | boolean;

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;

export const BLANK: CellRead<never> = Object.freeze({ ok: true, value: null });

/** @example accept(12) // { ok: true, value: 12 } */
export const accept = <T>(value: T): CellRead<T> => ({ ok: true, value });

/** @example refuse({ code: 'cell_error', column: 'Cost', value: '#N/A' }) // { ok: false, detail } */
export const refuse = (detail: IssueDetail): CellRead<never> => ({ ok: false, detail });

/**
 * `invalid_value` for a cell that is not what the column holds.
 *
 * @example invalid(' abc ', { column: 'Cost', … }, 'number') // detail: { value: 'abc', expected: 'number', … }
 */
export function invalid(cell: PresentCell, context: CellContext, expected: ValueKind): CellRead<never> {
  const value =
    typeof cell === 'string'
      ? cell.trim()
      : typeof cell === 'number'
        ? String(cell)
        : String(cell).toUpperCase();
  return refuse({ code: 'invalid_value', column: context.column, value, expected });
}

/**
 * `text_too_long` when a text is longer than a cell may be, else `null`.
 *
 * @example tooLong('x'.repeat(40_000), context) // { ok: false, detail: { code: 'text_too_long', length: 40000, max: 32767, … } }
 */
export function tooLong(text: string, context: CellContext): CellRead<never> | null {
  return text.length > MAX_CELL_TEXT
    ? refuse({ code: 'text_too_long', column: context.column, length: text.length, max: MAX_CELL_TEXT })
    : null;
}

/**
 * Whether a cell counts as empty: nothing, or only spaces.
 *
 * @example isBlankCell('  ') // true
 * @example isBlankCell(0) // false
 */
export function isBlankCell(cell: RawCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Makes a reader from one that sees only present cells: a blank cell reads as `null` and an Excel
 * error value (`#N/A`, whatever the column) as `cell_error`.
 *
 * @example cellReader((cell) => accept(String(cell)))({ error: '#N/A' }, context) // cell_error
 */
export function cellReader<T>(read: (cell: PresentCell, context: CellContext) => CellRead<T>): CellReader<T> {
  return (cell, context) => {
    if (cell === null) return BLANK;
    if (isCellError(cell)) return refuse({ code: 'cell_error', column: context.column, value: cell.error });
    if (typeof cell === 'string' && cell.trim() === '') return BLANK;
    return read(cell, context);
  };
}
