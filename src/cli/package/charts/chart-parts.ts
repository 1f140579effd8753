import { columnLetters, quoteSheetName } from '../../../workbook/address/a1';
import type { ChartSpec, PlanValue } from '../../../workbook/plan/write-plan';
import type { Namespaces } from '../opc/namespaces';
import { escapeAttribute, escapeText } from '../xml/xml-text';

/** The value of a cell of the sheet the chart is drawn on, as the plan writes it. */
export type CellLookup = (row: number, column: number) => PlanValue | undefined;

const CATEGORY_AXIS = 500_001;
const VALUE_AXIS = 500_002;

const absolute = (sheet: string, top: number, column: number, bottom = top) =>
  `${quoteSheetName(sheet)}!$${columnLetters(column)}$${top}${bottom === top ? '' : `:$${columnLetters(column)}$${bottom}`}`;

function stringCache(values: readonly PlanValue[]): string {
  const points = values
    .map((v, i) =>
      v === null || v === undefined ? '' : `<c:pt idx="${i}"><c:v>${escapeText(String(v))}</c:v></c:pt>`,
    )
    .join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numberCache(values: readonly PlanValue[]): string {
  const points = values
    .map((v, i) =>
      typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '',
    )
    .join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

/**
 * The chart part (`xl/charts/chartN.xml`) of a clustered bar or column chart, as the add-in draws
 * it through Office.js: categories from the first column of the data range, one series per further
 * column named by its first row, a title, a legend at the bottom. The series refer to the sheet's
 * cells, with their values cached so the chart shows before any recalculation.
 *
 * @example chartXml('Report C-1', spec, lookup, TRANSITIONAL) // '<?xml …><c:chartSpace …>'
 */
export function chartXml(sheet: string, chart: ChartSpec, cell: CellLookup, ns: Namespaces): string {
  const { data } = chart;
  const firstRow = data.row + 1;
  const lastRow = data.row + data.rows - 1;
  const rows = Array.from({ length: Math.max(0, lastRow - firstRow + 1) }, (_, i) => firstRow + i);
  const categories = rows.map((r) => cell(r, data.column) ?? null);
  const series = Array.from({ length: Math.max(0, data.columns - 1) }, (_, k) => {
    const column = data.column + 1 + k;
    const name = cell(data.row, column) ?? null;
    const values = rows.map((r) => cell(r, column) ?? null);
    return (
      `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>` +
      `<c:tx><c:strRef><c:f>${escapeText(absolute(sheet, data.row, column))}</c:f>${stringCache([name])}</c:strRef></c:tx>` +
      '<c:invertIfNegative val="0"/>' +
      (rows.length === 0
        ? ''
        : `<c:cat><c:strRef><c:f>${escapeText(absolute(sheet, firstRow, data.column, lastRow))}</c:f>${stringCache(categories)}</c:strRef></c:cat>` +
          `<c:val><c:numRef><c:f>${escapeText(absolute(sheet, firstRow, column, lastRow))}</c:f>${numberCache(values)}</c:numRef></c:val>`) +
      '</c:ser>'
    );
  }).join('');
  const horizontal = chart.type === 'barClustered';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${ns.chart}" xmlns:a="${ns.drawing}" xmlns:r="${ns.relationships}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="150"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/**
 * The drawing part (`xl/drawings/drawingN.xml`) placing each chart over its anchor cells: from the
 * top-left corner of the anchor's first cell to the bottom-right corner of its last, as the add-in
 * places them (`setPosition`). `chartIds[i]` is the drawing's relationship to chart `i`.
 *
 * @example drawingXml(op.charts, ['rId1', 'rId2'], TRANSITIONAL)
 */
export function drawingXml(
  charts: readonly ChartSpec[],
  chartIds: readonly string[],
  ns: Namespaces,
): string {
  const anchors = charts
    .map((chart, i) => {
      const { anchor } = chart;
      const marker = (tag: string, column: number, row: number) =>
        `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        '<xdr:twoCellAnchor editAs="oneCell">' +
        marker('from', anchor.column - 1, anchor.row - 1) +
        marker('to', anchor.column - 1 + anchor.columns, anchor.row - 1 + anchor.rows) +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeAttribute(`Chart ${i + 1}`)}" descr="${escapeAttribute(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${ns.chart}"><c:chart xmlns:c="${ns.chart}" r:id="${chartIds[i] ?? ''}"/></a:graphicData></a:graphic>` +
        '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
      );
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${ns.spreadsheetDrawing}" xmlns:a="${ns.drawing}" xmlns:r="${ns.relationships}">${anchors}</xdr:wsDr>`
  );
}
