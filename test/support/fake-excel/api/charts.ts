import { localAddress, parseAddress } from '../core/address';
import { fail } from '../core/errors';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from '../model/book';
import type { ChartModel, SheetModel } from '../model/types';
import { ClientCollection } from '../runtime/client-collection';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import { ClientResult } from '../runtime/client-result';
import type { ProxySpec } from '../runtime/spec';
import { CHART_TYPES, SERIES_BY } from '../globals/chart-types';
import { Range } from './range';
import { requireBoolean, requireNumber, requireOneOf } from './uniform';

export interface ChartTarget {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

const size = (key: 'top' | 'left' | 'width' | 'height') => ({
  get: (t: ChartTarget) => t.chart[key],
  set: (t: ChartTarget, v: unknown, loc: string) => (t.chart[key] = requireNumber(v, loc, 0)),
});

export const CHART_TITLE_SPEC: ProxySpec<ChartTarget> = {
  className: 'ChartTitle',
  scalars: {
    text: { get: (t) => t.chart.title, set: (t, v) => (t.chart.title = String(v)) },
    visible: { get: (t) => t.chart.title !== '', set: (_t, v, loc) => requireBoolean(v, loc) },
  },
  navs: {},
};

export const CHART_SPEC: ProxySpec<ChartTarget> = {
  className: 'Chart',
  scalars: {
    id: { get: (t) => t.chart.id },
    name: { get: (t) => t.chart.name, set: (t, v) => (t.chart.name = String(v)) },
    chartType: {
      get: (t) => t.chart.type,
      set: (t, v, loc) => (t.chart.type = requireOneOf(v, CHART_TYPES, loc)),
    },
    top: size('top'),
    left: size('left'),
    width: size('width'),
    height: size('height'),
  },
  navs: { title: () => CHART_TITLE_SPEC },
};

export const CHARTS_SPEC: ProxySpec<SheetModel> = {
  className: 'ChartCollection',
  scalars: { count: { get: (s) => s.charts.length } },
  navs: {},
  item: () => CHART_SPEC,
};

export class ChartTitle extends ClientObject<ChartTarget> {
  protected readonly _spec = CHART_TITLE_SPEC;
}
exposeScalars(ChartTitle.prototype, CHART_TITLE_SPEC);

/** `Excel.Chart`: type, source, title and position are recorded for tests to inspect. */
export class Chart extends ClientObject<ChartTarget> {
  protected readonly _spec = CHART_SPEC;

  get title(): ChartTitle {
    return this._child(
      'title',
      () => new ChartTitle(this.context, `${this._path}.title`, () => this._target(), { parent: this }),
    );
  }

  /** Places the chart over `startCell` … `endCell` (A1 on the chart's sheet, or ranges). */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    for (const cell of [startCell, endCell])
      if (cell instanceof Range) this._sameContext(cell, 'Chart.setPosition');
    this._enqueue('Chart.setPosition', [startCell, endCell ?? null], () => {
      const t = this._require('Chart.setPosition');
      const start = cellOf(startCell);
      const end = endCell === undefined ? null : cellOf(endCell);
      t.chart.anchor = { start: localAddress(start), end: end === null ? null : localAddress(end) };
      t.chart.left = start.left * DEFAULT_COLUMN_WIDTH;
      t.chart.top = start.top * DEFAULT_ROW_HEIGHT;
      if (end !== null) {
        t.chart.width = (end.right - start.left + 1) * DEFAULT_COLUMN_WIDTH;
        t.chart.height = (end.bottom - start.top + 1) * DEFAULT_ROW_HEIGHT;
      }
      return {};
    });
  }

  delete(): void {
    this._enqueue('Chart.delete', [], () => {
      const t = this._require('Chart.delete');
      t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1);
      return {};
    });
  }
}
exposeScalars(Chart.prototype, CHART_SPEC);

function cellOf(cell: Range | string): { top: number; left: number; bottom: number; right: number } {
  if (cell instanceof Range) return cell._require('Chart.setPosition').rect;
  return (
    parseAddress(cell)?.rect ??
    fail('InvalidArgument', 'Chart.setPosition', `not an address: ${JSON.stringify(cell)}`)
  );
}

/** `Excel.ChartCollection` of a worksheet. */
export class ChartCollection extends ClientCollection<SheetModel, ChartTarget, Chart> {
  protected readonly _spec = CHARTS_SPEC;

  protected _itemTargets(sheet: SheetModel): readonly ChartTarget[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  protected _makeItem(target: ChartTarget): Chart {
    return new Chart(
      this.context,
      `${this._path}.getItem(${JSON.stringify(target.chart.name)})`,
      () => target,
    );
  }

  /** `add(type, sourceData, seriesBy)`: the source must be a range of this context. */
  add(type: string, sourceData: Range, seriesBy = 'Auto'): Chart {
    this._sameContext(sourceData, 'ChartCollection.add');
    const chart = new Chart(
      this.context,
      `${this._path}.add(${JSON.stringify(type)})`,
      () => fail('InvalidOperation', 'ChartCollection.add', 'not added yet'),
      { parent: this },
    );
    this._enqueue('ChartCollection.add', [type, sourceData, seriesBy], () => {
      const sheet = this._require('ChartCollection.add');
      const chartType = requireOneOf(type, CHART_TYPES, 'ChartCollection.add');
      const series = requireOneOf(seriesBy, SERIES_BY, 'ChartCollection.add');
      const source = sourceData._require('ChartCollection.add');
      const book = this.context.session.book;
      book.nextId += 1;
      const model: ChartModel = {
        id: `{chart-${book.nextId}}`,
        name: `Chart ${sheet.charts.length + 1}`,
        type: chartType,
        source: { sheet: source.sheet.name, rect: source.rect },
        seriesBy: series,
        title: '',
        anchor: null,
        top: 0,
        left: 0,
        width: 360,
        height: 216,
      };
      sheet.charts.push(model);
      chart._bind({ sheet, chart: model });
      return {};
    });
    return chart;
  }

  getItem(name: string): Chart {
    return new Chart(
      this.context,
      `${this._path}.getItem(${JSON.stringify(name)})`,
      () => {
        const sheet = this._require('ChartCollection.getItem');
        const chart =
          sheet.charts.find((c) => c.name === name) ??
          fail('ItemNotFound', 'ChartCollection.getItem', `no chart "${name}"`);
        return { sheet, chart };
      },
      { parent: this },
    );
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._enqueue('ChartCollection.getCount', [], () => {
      const n = this._require('ChartCollection.getCount').charts.length;
      return { response: n, deliver: () => result._set(n) };
    });
    return result;
  }
}
exposeScalars(ChartCollection.prototype, CHARTS_SPEC);
