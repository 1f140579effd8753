import type { NumberStyle } from '../../engine/model/settings';

const SPACE = '[ \\u00a0\\u202f]';
const EXPONENT = '(?:[eE][+-]?\\d{1,4})?';

/** The shapes a number takes in each style: plain, in groups of three, or in space-separated groups. */
const SHAPES: Readonly<
  Record<NumberStyle, { readonly decimal: string; readonly shapes: readonly RegExp[] }>
> = {
  '1,234.56': {
    decimal: '.',
    shapes: [
      new RegExp(`^(?:\\d+(?:\\.\\d*)?|\\.\\d+)${EXPONENT}$`),
      /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/,
      new RegExp(`^\\d{1,3}(?:${SPACE}\\d{3})+(?:\\.\\d*)?$`),
    ],
  },
  '1.234,56': {
    decimal: ',',
    shapes: [
      new RegExp(`^(?:\\d+(?:,\\d*)?|,\\d+)${EXPONENT}$`),
      /^\d{1,3}(?:\.\d{3})+(?:,\d*)?$/,
      new RegExp(`^\\d{1,3}(?:${SPACE}\\d{3})+(?:,\\d*)?$`),
    ],
  },
};

/**
 * The plain decimal text (`1234.56`) of an unsigned number written in `style`, or `null` when it
 * is not written that way. Groups are of three digits, separated by the style's group mark or a
 * space.
 *
 * @example styledDigits('1,234.5', '1,234.56') // '1234.5'
 * @example styledDigits('1.234,5', '1.234,56') // '1234.5'
 * @example styledDigits('1.234,5', '1,234.56') // null
 * @example styledDigits('25.000', '1.234,56') // '25000'
 */
export function styledDigits(text: string, style: NumberStyle): string | null {
  const { decimal, shapes } = SHAPES[style];
  if (!shapes.some((shape) => shape.test(text))) return null;
  const at = text.indexOf(decimal);
  const whole = (at < 0 ? text : text.slice(0, at)).replace(/[^\deE+-]/g, '');
  const fraction = at < 0 ? '' : text.slice(at + 1);
  const plain = fraction === '' ? whole : `${whole === '' ? '0' : whole}.${fraction}`;
  return plain === '' ? null : plain;
}

/**
 * A text that reads as a different number in each style: one separator followed by exactly three
 * digits after one to three digits (`25.000`, `1.234`: 25 or 25,000? 1.234 or 1,234?). `1,234`
 * is not one: read with a decimal point it is 1,234 already, the reading money would mean anyway.
 *
 * @example readsTwoWays('25.000') // true
 * @example readsTwoWays('1,234') // false
 * @example readsTwoWays('0.125') // false (no group starts with 0)
 */
export function readsTwoWays(text: string): boolean {
  return /^[1-9]\d{0,2}\.\d{3}$/.test(text);
}

/** The other style. */
export const otherStyle = (style: NumberStyle): NumberStyle =>
  style === '1,234.56' ? '1.234,56' : '1,234.56';
