import { normaliseColor } from '../core/colors';
import { displayText } from '../core/number-format';
import { DEFAULT_STYLE } from '../model/cell';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from '../model/book';
import type { RangeTarget } from '../model/range-io';
import { RangeBorderCollection, RANGE_BORDERS_SPEC } from './range-borders';
import { forStoredCells } from '../model/sheet-cells';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import type { ProxySpec } from '../runtime/spec';
import { requireBoolean, requireNumber, requireOneOf, requireText, setStyle, uniform } from './uniform';

const HORIZONTAL = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
] as const;
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'] as const;

function spread(t: RangeTarget, axis: 'columns' | 'rows'): number[] {
  const [from, to] = axis === 'columns' ? [t.rect.left, t.rect.right] : [t.rect.top, t.rect.bottom];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function sameOrNull(values: number[]): number | null {
  return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
}

export const RANGE_FILL_SPEC: ProxySpec<RangeTarget> = {
  className: 'RangeFill',
  scalars: {
    color: {
      get: (t) => uniform(t, (c) => c?.style.fill ?? DEFAULT_STYLE.fill),
      set: (t, v, loc) => setStyle(t, 'fill', normaliseColor(v, loc)),
    },
  },
  navs: {},
};

export const RANGE_FONT_SPEC: ProxySpec<RangeTarget> = {
  className: 'RangeFont',
  scalars: {
    bold: {
      get: (t) => uniform(t, (c) => c?.style.bold ?? false),
      set: (t, v, loc) => setStyle(t, 'bold', requireBoolean(v, loc)),
    },
    italic: {
      get: (t) => uniform(t, (c) => c?.style.italic ?? false),
      set: (t, v, loc) => setStyle(t, 'italic', requireBoolean(v, loc)),
    },
    color: {
      get: (t) => uniform(t, (c) => c?.style.fontColor ?? DEFAULT_STYLE.fontColor),
      set: (t, v, loc) => setStyle(t, 'fontColor', normaliseColor(v, loc)),
    },
    size: {
      get: (t) => uniform(t, (c) => c?.style.fontSize ?? DEFAULT_STYLE.fontSize),
      set: (t, v, loc) => setStyle(t, 'fontSize', requireNumber(v, loc, 1, 409)),
    },
    name: {
      get: (t) => uniform(t, (c) => c?.style.fontName ?? DEFAULT_STYLE.fontName),
      set: (t, v, loc) => setStyle(t, 'fontName', requireText(v, loc)),
    },
  },
  navs: {},
};

export const RANGE_FORMAT_SPEC: ProxySpec<RangeTarget> = {
  className: 'RangeFormat',
  scalars: {
    columnWidth: {
      get: (t) =>
        sameOrNull(spread(t, 'columns').map((c) => t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH)),
      set: (t, v, loc) =>
        spread(t, 'columns').forEach((c) => t.sheet.columnWidths.set(c, requireNumber(v, loc, 0))),
    },
    rowHeight: {
      get: (t) => sameOrNull(spread(t, 'rows').map((r) => t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT)),
      set: (t, v, loc) =>
        spread(t, 'rows').forEach((r) => t.sheet.rowHeights.set(r, requireNumber(v, loc, 0, 409))),
    },
    wrapText: {
      get: (t) => uniform(t, (c) => c?.style.wrap ?? false),
      set: (t, v, loc) => setStyle(t, 'wrap', requireBoolean(v, loc)),
    },
    horizontalAlignment: {
      get: (t) => uniform(t, (c) => c?.style.horizontal ?? DEFAULT_STYLE.horizontal),
      set: (t, v, loc) => setStyle(t, 'horizontal', requireOneOf(v, HORIZONTAL, loc)),
    },
    verticalAlignment: {
      get: (t) => uniform(t, (c) => c?.style.vertical ?? DEFAULT_STYLE.vertical),
      set: (t, v, loc) => setStyle(t, 'vertical', requireOneOf(v, VERTICAL, loc)),
    },
  },
  navs: { fill: () => RANGE_FILL_SPEC, font: () => RANGE_FONT_SPEC, borders: () => RANGE_BORDERS_SPEC },
};

/** Points for a column that shows `chars` characters of Calibri 11 (7 px each, 5 px padding). */
export function autofitWidth(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export class RangeFill extends ClientObject<RangeTarget> {
  protected readonly _spec = RANGE_FILL_SPEC;
  clear(): void {
    this._enqueue(
      'RangeFill.clear',
      [],
      () => (setStyle(this._require('RangeFill.clear'), 'fill', undefined), {}),
    );
  }
}
exposeScalars(RangeFill.prototype, RANGE_FILL_SPEC);

export class RangeFont extends ClientObject<RangeTarget> {
  protected readonly _spec = RANGE_FONT_SPEC;
}
exposeScalars(RangeFont.prototype, RANGE_FONT_SPEC);

/** `Excel.RangeFormat`. */
export class RangeFormat extends ClientObject<RangeTarget> {
  protected readonly _spec = RANGE_FORMAT_SPEC;

  get fill(): RangeFill {
    return this._child(
      'fill',
      () => new RangeFill(this.context, `${this._path}.fill`, () => this._target(), { parent: this }),
    );
  }

  get font(): RangeFont {
    return this._child(
      'font',
      () => new RangeFont(this.context, `${this._path}.font`, () => this._target(), { parent: this }),
    );
  }

  get borders(): RangeBorderCollection {
    return this._child(
      'borders',
      () =>
        new RangeBorderCollection(this.context, `${this._path}.borders`, () => this._target(), {
          parent: this,
        }),
    );
  }

  /** Widens each column to its longest shown text (an approximation of Excel's measurement). */
  autofitColumns(): void {
    this._enqueue('RangeFormat.autofitColumns', [], () => {
      const t = this._require('RangeFormat.autofitColumns');
      const longest = new Map<number, number>();
      forStoredCells(t.sheet, t.rect, (cell, _r, c) => {
        const length = displayText(cell.value, cell.numberFormat).length;
        longest.set(c, Math.max(longest.get(c) ?? 0, length));
      });
      for (const [column, chars] of longest)
        if (chars > 0) t.sheet.columnWidths.set(column, autofitWidth(chars));
      return {};
    });
  }

  autofitRows(): void {
    this._enqueue('RangeFormat.autofitRows', [], () => (this._require('RangeFormat.autofitRows'), {}));
  }
}
exposeScalars(RangeFormat.prototype, RANGE_FORMAT_SPEC);
