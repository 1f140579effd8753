import { columnCount, rowCount } from '../core/address';
import { fail } from '../core/errors';
import type { CellModel, CellStyle } from '../model/cell';
import type { RangeTarget } from '../model/range-io';
import { editCell, forStoredCells } from '../model/sheet-cells';

/**
 * The value every cell of the range shares, or `null` when they differ (Office's rule for format
 * properties read over several cells).
 */
export function uniform<V>(target: RangeTarget, read: (cell: CellModel | undefined) => V): V | null {
  let seen = 0;
  let first: V | undefined;
  let mixed = false;
  forStoredCells(target.sheet, target.rect, (cell) => {
    const v = read(cell);
    if (seen === 0) first = v;
    else if (v !== first) mixed = true;
    seen += 1;
  });
  const area = rowCount(target.rect) * columnCount(target.rect);
  if (seen < area) {
    const blank = read(undefined);
    if (seen > 0 && blank !== first) mixed = true;
    if (seen === 0) first = blank;
  }
  return mixed || first === undefined ? null : first;
}

/** Sets one style member on every cell of the range. */
export function setStyle<K extends keyof CellStyle>(target: RangeTarget, key: K, value: CellStyle[K]): void {
  const { sheet, rect } = target;
  for (let r = rect.top; r <= rect.bottom; r += 1) {
    for (let c = rect.left; c <= rect.right; c += 1) {
      editCell(sheet, r, c, (cell) => {
        const next: Record<string, unknown> = { ...cell.style };
        if (value === undefined) delete next[key];
        else next[key] = value;
        cell.style = next as CellStyle;
      });
    }
  }
}

export function requireBoolean(value: unknown, location: string): boolean {
  if (typeof value !== 'boolean')
    fail('InvalidArgument', location, `expected true or false, got ${JSON.stringify(value)}`);
  return value;
}

export function requireNumber(value: unknown, location: string, min = -Infinity, max = Infinity): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    fail('InvalidArgument', location, `expected a number in ${min}…${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function requireOneOf<V extends string>(value: unknown, allowed: readonly V[], location: string): V {
  const match = allowed.find((a) => typeof value === 'string' && a.toLowerCase() === value.toLowerCase());
  if (match === undefined)
    fail('InvalidArgument', location, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  return match;
}

export function requireText(value: unknown, location: string): string {
  if (typeof value !== 'string' || value === '')
    fail('InvalidArgument', location, `expected text, got ${JSON.stringify(value)}`);
  return value;
}
