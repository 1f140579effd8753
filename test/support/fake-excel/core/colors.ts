import { fail } from './errors';

/** HTML colour names Office accepts for `color` properties (a common subset), as Office returns them. */
const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  lime: '#00FF00',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  silver: '#C0C0C0',
  navy: '#000080',
  teal: '#008080',
  maroon: '#800000',
};

/**
 * A colour as Office stores and returns it: `#RRGGBB`, upper case. Office also accepts HTML names;
 * `null` and other text are invalid arguments.
 *
 * @example normaliseColor('#c00000', 'RangeFill.color') // '#C00000'
 */
export function normaliseColor(input: unknown, location: string): string {
  if (typeof input === 'string') {
    if (/^#[0-9a-fA-F]{6}$/.test(input)) return input.toUpperCase();
    const named = NAMED[input.toLowerCase()];
    if (named !== undefined) return named;
  }
  return fail('InvalidArgument', location, `not a colour: ${JSON.stringify(input)}`);
}
