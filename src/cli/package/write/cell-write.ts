import type { CellStyle, PlanValue } from '../../../workbook/plan/write-plan';
import { PackageError } from '../package-error';
import { cellRef } from '../sheet-box';
import type { StyleChange } from '../styles/style-sheet';
import { escapeCellText, escapeText } from '../xml/xml-text';

/** Excel's largest cell text. */
const MAX_CELL_TEXT = 32_767;

/** A formula the host writes itself (a table's calculated column in appended rows). */
export interface FormulaValue {
  readonly formula: string;
}

/** What one written cell holds: a plan value, or a formula of the host's own. */
export type WrittenValue = PlanValue | FormulaValue;

/** Where a written cell's style starts from before its changes. */
export type StyleBase =
  /** The cell's own style (its `s`), 0 for a new cell. */
  | { readonly kind: 'self' }
  /** The style of another cell of the same sheet, met before it in the part (the row above, the cell left). */
  | { readonly kind: 'cell'; readonly row: number; readonly column: number }
  /** A given style index. */
  | { readonly kind: 'index'; readonly index: number };

/** One cell the run writes. */
export interface CellWrite {
  readonly value: WrittenValue;
  readonly change: StyleChange;
  readonly base: StyleBase;
}

/**
 * Whether Excel would read this text as a formula if someone typed it (or re-entered the cell):
 * it begins with `=`, `+`, `-`, `@`, a tab or a carriage return.
 *
 * @example looksLikeFormula('=HYPERLINK("http://x","y")') // true
 * @example looksLikeFormula('Brief the agency') // false
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * The write of a plan cell: text is always text (an inline string, never a formula), and text that
 * Excel would take for a formula on re-entry gets Excel's quote prefix, as if typed with a leading
 * apostrophe.
 *
 * @example planWrite('=1+1', { numberFormat: undefined, style: undefined }, { kind: 'self' }).change.quotePrefix // true
 */
export function planWrite(
  value: PlanValue,
  styling: {
    readonly numberFormat?: string | undefined;
    readonly style?: CellStyle | undefined;
    readonly alignTop?: boolean;
  },
  base: StyleBase,
): CellWrite {
  const quote = typeof value === 'string' && looksLikeFormula(value);
  const change: StyleChange = {
    ...(styling.numberFormat === undefined ? {} : { numberFormat: styling.numberFormat }),
    ...(styling.style === undefined ? {} : { style: styling.style }),
    ...(styling.alignTop === true ? { alignTop: true } : {}),
    ...(quote ? { quotePrefix: true } : {}),
  };
  return { value, change, base };
}

/** Whether a style change changes anything. */
export function changesStyle(change: StyleChange): boolean {
  return (
    change.numberFormat !== undefined ||
    change.quotePrefix === true ||
    change.alignTop === true ||
    (change.style !== undefined && Object.keys(change.style).length > 0)
  );
}

/**
 * A number as written in a cell's `<v>`: the shortest text that reads back as the same double.
 *
 * @example numberText(46037.5) // '46037.5'
 */
export function numberText(value: number): string {
  return String(value);
}

/**
 * The `t` attribute and content of a cell holding `value` (dates are numbers already shifted to
 * the workbook's date system by the caller).
 *
 * @example cellContent('T-1', 'Tasks', 2, 1) // { type: 'inlineStr', inner: '<is><t>T-1</t></is>' }
 */
export function cellContent(
  value: WrittenValue,
  sheet: string,
  row: number,
  column: number,
  prefix = '',
): { type: string | null; inner: string } {
  const t = (name: string) => `${prefix}${name}`;
  if (value === null) return { type: null, inner: '' };
  if (typeof value === 'string') {
    if (value.length > MAX_CELL_TEXT)
      throw new PackageError({
        code: 'text_too_long',
        sheet,
        cell: cellRef(row, column),
        length: value.length,
      });
    const text = escapeText(escapeCellText(value));
    const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
    return { type: 'inlineStr', inner: `<${t('is')}><${t('t')}${space}>${text}</${t('t')}></${t('is')}>` };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new PackageError({ code: 'not_a_number', sheet, cell: cellRef(row, column) });
    return { type: null, inner: `<${t('v')}>${numberText(value)}</${t('v')}>` };
  }
  if (typeof value === 'boolean') return { type: 'b', inner: `<${t('v')}>${value ? 1 : 0}</${t('v')}>` };
  return { type: null, inner: `<${t('f')}>${escapeText(value.formula)}</${t('f')}>` };
}
