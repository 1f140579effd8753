import { normaliseColor } from '../core/colors';
import type { RangeTarget } from '../model/range-io';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import type { ProxySpec } from '../runtime/spec';
import { requireOneOf, setStyle, uniform } from './uniform';

/** `Excel.BorderIndex` and `Excel.BorderLineStyle` values (from @types/office-js). */
export const BORDER_INDEXES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
] as const;
const LINE_STYLES = [
  'None',
  'Continuous',
  'Dash',
  'DashDot',
  'DashDotDot',
  'Dot',
  'Double',
  'SlantDashDot',
] as const;

export interface BorderTarget extends RangeTarget {
  readonly index: (typeof BORDER_INDEXES)[number];
}

function memberOf(t: BorderTarget, key: 'style' | 'color', fallback: string) {
  return uniform(t, (c) => c?.style.borders?.[t.index]?.[key] ?? fallback);
}

/** Sets one member of one border on every cell of the range (the fake keeps borders per cell). */
function setMember(t: BorderTarget, key: 'style' | 'color', value: string): void {
  const { sheet, rect, index } = t;
  for (let r = rect.top; r <= rect.bottom; r += 1) {
    for (let c = rect.left; c <= rect.right; c += 1) {
      const cell = { sheet, rect: { top: r, bottom: r, left: c, right: c } };
      const current = uniform(cell, (x) => x?.style.borders) ?? {};
      setStyle(cell, 'borders', { ...current, [index]: { ...current[index], [key]: value } });
    }
  }
}

export const RANGE_BORDER_SPEC: ProxySpec<BorderTarget> = {
  className: 'RangeBorder',
  scalars: {
    sideIndex: { get: (t) => t.index },
    style: {
      get: (t) => memberOf(t, 'style', 'None'),
      set: (t, v, loc) => setMember(t, 'style', requireOneOf(v, LINE_STYLES, loc)),
    },
    color: {
      get: (t) => memberOf(t, 'color', '#000000'),
      set: (t, v, loc) => setMember(t, 'color', normaliseColor(v, loc)),
    },
  },
  navs: {},
};

export class RangeBorder extends ClientObject<BorderTarget> {
  protected readonly _spec = RANGE_BORDER_SPEC;
}
exposeScalars(RangeBorder.prototype, RANGE_BORDER_SPEC);

export const RANGE_BORDERS_SPEC: ProxySpec<RangeTarget> = {
  className: 'RangeBorderCollection',
  scalars: {},
  navs: {},
};

/** `Excel.RangeBorderCollection`: `getItem(index)` only (no item loading). */
export class RangeBorderCollection extends ClientObject<RangeTarget> {
  protected readonly _spec = RANGE_BORDERS_SPEC;

  getItem(index: string): RangeBorder {
    const side = requireOneOf(index, BORDER_INDEXES, 'RangeBorderCollection.getItem');
    return new RangeBorder(
      this.context,
      `${this._path}.getItem(${JSON.stringify(side)})`,
      () => {
        const t = this._target();
        return t === null ? null : { ...t, index: side };
      },
      { parent: this },
    );
  }
}
