import { sheetAddress, type Rect } from '../core/address';
import type { SheetModel } from '../model/types';
import { ClientObject, exposeScalars, type ProxyOptions } from '../runtime/client-object';
import type { FakeRequestContext } from '../runtime/context';
import type { ProxySpec } from '../runtime/spec';

/** What a `RangeAreas` points at: rectangles of one sheet. */
export interface AreasTarget {
  readonly sheet: SheetModel;
  readonly rects: readonly Rect[];
}

export const RANGE_AREAS_SPEC: ProxySpec<AreasTarget> = {
  className: 'RangeAreas',
  scalars: {
    address: { get: (t) => t.rects.map((r) => sheetAddress(t.sheet.name, r)).join(', ') },
    areaCount: { get: (t) => t.rects.length },
  },
  navs: {},
};

/** `Excel.RangeAreas` (ExcelApi 1.9): several rectangles, here the merged areas of a range. */
export class RangeAreas extends ClientObject<AreasTarget> {
  protected readonly _spec = RANGE_AREAS_SPEC;

  constructor(
    context: FakeRequestContext,
    path: string,
    locate: () => AreasTarget | null,
    options: ProxyOptions,
  ) {
    super(context, path, locate, { invalidAfterRequest: true, ...options });
  }
}

exposeScalars(RangeAreas.prototype, RANGE_AREAS_SPEC as ProxySpec<never>);
