import type { LocalDate } from '../../engine/model/primitives';
import { isHighSurrogate } from './cell-text';

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;

// Characters Excel refuses in a sheet name, control characters and unpaired surrogate halves.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  /[:\\/?*[\]\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text made fit for a sheet name: forbidden characters become `-`, runs of spaces one space.
 *
 * @example sheetSafe('EU: Q1/Q2 [test]') // 'EU- Q1-Q2 -test-'
 */
export function sheetSafe(text: string): string {
  return text.replace(FORBIDDEN, '-').replace(/\s+/g, ' ').trim();
}

/** The first `max` UTF-16 units of `text`, never ending inside a surrogate pair. */
function cut(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * A sheet name as Excel compares it: without regard to case.
 *
 * @example sheetKey('Report C1') === sheetKey('REPORT c1') // true
 */
export function sheetKey(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase();
}

/**
 * The sheet names of a workbook and those a plan adds: hands out names that are valid (at most
 * 31 characters, none of `: \ / ? * [ ]`, no apostrophe at either end) and unique, ignoring case.
 * A taken name gets ` (2)`, ` (3)`, … and is shortened so it still fits.
 *
 * @example
 * const names = new SheetNames(['Report CMP-1 2026-11-24']);
 * names.dated('Report', 'CMP-1', '2026-11-24') // 'Report CMP-1 2026-11-24 (2)'
 */
export class SheetNames {
  private readonly taken = new Set<string>();

  constructor(existing: readonly string[]) {
    for (const name of existing) this.taken.add(sheetKey(name));
  }

  isTaken(name: string): boolean {
    return this.taken.has(sheetKey(name));
  }

  /**
   * `<prefix> <id> <date>`: the id is shortened as needed, the date never.
   */
  dated(prefix: string, id: string, date: LocalDate): string {
    const safeId = sheetSafe(id);
    return this.claim((suffix) => {
      const room = MAX_SHEET_NAME - prefix.length - date.length - suffix.length - 2;
      const idPart = cut(safeId, room).trim();
      return idPart === '' ? `${prefix} ${date}${suffix}` : `${prefix} ${idPart} ${date}${suffix}`;
    });
  }

  /** `base`, or `base (2)`, … when taken. */
  plain(base: string): string {
    const safe = sheetSafe(base).replace(/^'+|'+$/g, '') || 'Sheet';
    return this.claim((suffix) => cut(safe, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix);
  }

  private claim(nameWith: (suffix: string) => string): string {
    for (let n = 1; ; n += 1) {
      const name = nameWith(n === 1 ? '' : ` (${n})`);
      if (!this.isTaken(name)) {
        this.taken.add(sheetKey(name));
        return name;
      }
    }
  }
}
