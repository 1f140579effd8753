import { parseAddress } from '../core/address';
import { fail } from '../core/errors';
import type { PageLayoutModel, SheetModel } from '../model/types';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import type { ProxySpec } from '../runtime/spec';
import { Range } from './range';
import { requireOneOf } from './uniform';

/** Excel's zoom: a scale of 10–400 %, or fit to pages wide/tall (`0`: as many as needed). */
function checkZoom(value: unknown, loc: string): PageLayoutModel['zoom'] {
  if (typeof value !== 'object' || value === null) return fail('InvalidArgument', loc, 'zoom is an object');
  const z = value as Record<string, unknown>;
  const out: PageLayoutModel['zoom'] = {};
  const scale = z['scale'];
  if (scale !== undefined && scale !== null) {
    if (typeof scale !== 'number' || scale < 10 || scale > 400)
      fail('InvalidArgument', loc, `zoom scale ${String(scale)} is outside 10–400`);
    out.scale = scale;
  }
  for (const key of ['horizontalFitToPages', 'verticalFitToPages'] as const) {
    const pages = z[key];
    if (pages === undefined || pages === null) continue;
    if (typeof pages !== 'number' || !Number.isInteger(pages) || pages < 0)
      fail('InvalidArgument', loc, `${key} must be a whole number ≥ 0`);
    out[key] = pages;
  }
  if (Object.keys(out).length === 0) fail('InvalidArgument', loc, 'zoom needs scale or fit-to-pages');
  return out;
}

export const PAGE_LAYOUT_SPEC: ProxySpec<SheetModel> = {
  className: 'PageLayout',
  scalars: {
    orientation: {
      get: (s) => s.pageLayout.orientation,
      set: (s, v, loc) =>
        (s.pageLayout.orientation = requireOneOf(v, ['Portrait', 'Landscape'] as const, loc)),
    },
    zoom: {
      get: (s) => ({ ...s.pageLayout.zoom }),
      set: (s, v, loc) => (s.pageLayout.zoom = checkZoom(v, loc)),
    },
  },
  navs: {},
};

/**
 * `Excel.PageLayout`. `zoom` is a writable object: set it whole (`pageLayout.zoom = {...}`); its
 * members cannot be set one by one, as the Office documentation warns.
 */
export class PageLayout extends ClientObject<SheetModel> {
  protected readonly _spec = PAGE_LAYOUT_SPEC;

  setPrintArea(printArea: Range | string): void {
    if (printArea instanceof Range) this._sameContext(printArea, 'PageLayout.setPrintArea');
    this._enqueue('PageLayout.setPrintArea', [printArea], () => {
      const sheet = this._require('PageLayout.setPrintArea');
      if (printArea instanceof Range) {
        const t = printArea._require('PageLayout.setPrintArea');
        if (t.sheet !== sheet)
          fail('InvalidArgument', 'PageLayout.setPrintArea', 'the print area is on another sheet');
        sheet.pageLayout.printArea = t.rect;
      } else {
        const parsed = parseAddress(printArea);
        if (parsed === undefined)
          fail('InvalidArgument', 'PageLayout.setPrintArea', `not an address: ${JSON.stringify(printArea)}`);
        sheet.pageLayout.printArea = parsed.rect;
      }
      return {};
    });
  }
}
exposeScalars(PageLayout.prototype, PAGE_LAYOUT_SPEC);
