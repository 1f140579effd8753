import { columnLetters } from '../../../workbook/address/a1';
import type { ChartSpec, CreateTableOp, PlanCell, RagRule } from '../../../workbook/plan/write-plan';
import { RAG_FILL } from '../../../workbook/plan/palette';
import type { Namespaces } from '../opc/namespaces';
import { DAYS_1900_TO_1904 } from '../read/cell-value';
import { cellRef, rangeRef, unionBox, type Box } from '../sheet-box';
import { argb, type StyleSheet } from '../styles/style-sheet';
import { escapeAttribute, escapeCellText, escapeText } from '../xml/xml-text';
import { cellContent, changesStyle, planWrite, type CellWrite } from './cell-write';

/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;
const TABLE_STYLE = 'TableStyleMedium2';
/** New sheets stream out in pieces of about this many characters. */
const PIECE = 256 * 1024;

/** A drop-down list on a column range of a new sheet. */
export interface NewValidation {
  readonly box: Box;
  readonly choices: readonly string[];
  readonly title: string;
}

/** A table on a new sheet. */
export interface NewTable {
  readonly name: string;
  box: Box;
  readonly columns: string[];
}

/** Where a new sheet's cells come from: the plan's own cells, kept as they are until written. */
export type SheetSource =
  | { readonly kind: 'none' }
  /** A report sheet's cells (`addSheet`), each aligned to the top. */
  | { readonly kind: 'cells'; readonly cells: readonly PlanCell[] }
  /** A new table's header at A1 and its rows below (`createTable`), `height` rows at least one. */
  | { readonly kind: 'table'; readonly op: CreateTableOp; readonly height: number };

/**
 * A sheet the run adds (a log table, a report), kept as a model until the package is written:
 * its cells (the plan's, not copied, plus any written to it later in the plan), merges, widths,
 * heights, drop-downs, RAG formats, tab colour, print setup, tables, charts.
 */
export class NewSheet {
  source: SheetSource = { kind: 'none' };
  /** Cells written after the sheet was made (a later op of the same plan), by row and column. */
  readonly writes = new Map<number, Map<number, CellWrite>>();
  readonly merges: Box[] = [];
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  readonly validations: NewValidation[] = [];
  readonly rag: RagRule[] = [];
  readonly tables: NewTable[] = [];
  readonly charts: ChartSpec[] = [];
  frozenHeader = false;
  tabColor: string | null = null;
  print: { readonly orientation: 'portrait' | 'landscape'; readonly area: Box } | null = null;
  private index: Map<number, Map<number, PlanCell>> | null = null;

  constructor(public name: string) {}

  set(row: number, column: number, write: CellWrite): void {
    let line = this.writes.get(row);
    if (line === undefined) this.writes.set(row, (line = new Map()));
    line.set(column, write);
  }

  /** The write a cell gets, as the plan has it so far. */
  get(row: number, column: number): CellWrite | undefined {
    const later = this.writes.get(row)?.get(column);
    if (later !== undefined) return later;
    return this.sourceWrite(row, column);
  }

  /** Whether the cell holds a value (for the checks before adding rows or columns). */
  holds(row: number, column: number): boolean {
    const w = this.get(row, column);
    return w !== undefined && w.value !== null;
  }

  private sourceWrite(row: number, column: number): CellWrite | undefined {
    const source = this.source;
    if (source.kind === 'table') return tableWrite(source.op, source.height, row, column);
    if (source.kind !== 'cells') return undefined;
    if (this.index === null) {
      this.index = new Map();
      for (const c of source.cells) {
        let line = this.index.get(c.row);
        if (line === undefined) this.index.set(c.row, (line = new Map()));
        line.set(c.column, c);
      }
    }
    const cell = this.index.get(row)?.get(column);
    return cell === undefined ? undefined : reportWrite(cell);
  }

  /**
   * The sheet's rows in order, each with its cells in column order: the source's cells, with later
   * writes in their place. Rows are made as they are asked for, so a sheet of any size is written
   * without its cells copied.
   */
  *rows(): Generator<readonly [number, ReadonlyArray<readonly [number, CellWrite]>]> {
    const source = this.source;
    const later = [...this.writes.keys()].sort((a, b) => a - b);
    let next = 0;
    type Row = readonly [number, ReadonlyArray<readonly [number, CellWrite]>];
    const merged = function* (
      row: number,
      own: Array<readonly [number, CellWrite]>,
      writes: NewSheet['writes'],
    ): Generator<Row> {
      const extra = writes.get(row);
      if (extra === undefined) {
        yield [row, own];
        return;
      }
      const byColumn = new Map(own);
      for (const [c, w] of extra) byColumn.set(c, w);
      yield [row, [...byColumn.entries()].sort(([a], [b]) => a - b)];
    };
    const flushLater = function* (self: NewSheet, below: number): Generator<Row> {
      while (next < later.length && (later[next] ?? Infinity) < below) {
        const row = later[next++] ?? 0;
        yield* merged(row, [], self.writes);
      }
    };
    if (source.kind === 'table') {
      for (let row = 1; row <= source.height + 1; row++) {
        yield* flushLater(this, row);
        if (later[next] === row) next++;
        const own = source.op.header.map(
          (_, j) => [j + 1, tableWrite(source.op, source.height, row, j + 1)] as const,
        );
        yield* merged(
          row,
          own.filter((e): e is readonly [number, CellWrite] => e[1] !== undefined),
          this.writes,
        );
      }
    } else if (source.kind === 'cells') {
      const cells = source.cells;
      const order = cells
        .map((_, i) => i)
        .sort((a, b) => {
          const x = cells[a];
          const y = cells[b];
          return x === undefined || y === undefined ? 0 : x.row - y.row || x.column - y.column;
        });
      let at = 0;
      while (at < order.length) {
        const first = cells[order[at] ?? 0];
        if (first === undefined) break;
        const row = first.row;
        const own: Array<readonly [number, CellWrite]> = [];
        for (; at < order.length; at++) {
          const c = cells[order[at] ?? 0];
          if (c === undefined || c.row !== row) break;
          own.push([c.column, reportWrite(c)]);
        }
        yield* flushLater(this, row);
        if (later[next] === row) next++;
        yield* merged(row, own, this.writes);
      }
    }
    yield* flushLater(this, Infinity);
  }
}

/** A report cell's write: aligned to the top, so that a row reads across when one of its cells wraps. */
function reportWrite(cell: PlanCell): CellWrite {
  return planWrite(
    cell.value,
    { numberFormat: cell.numberFormat, style: cell.style, alignTop: true },
    { kind: 'self' },
  );
}

/** A new table's cell: the header on row 1, the rows below (blank cells keep the column's format). */
function tableWrite(op: CreateTableOp, height: number, row: number, column: number): CellWrite | undefined {
  const j = column - 1;
  if (j < 0 || j >= op.header.length || row < 1 || row > height + 1) return undefined;
  if (row === 1) return planWrite(op.header[j] ?? '', {}, { kind: 'self' });
  return planWrite(
    op.rows[row - 2]?.[j] ?? null,
    { numberFormat: op.columnFormats[j] ?? undefined },
    { kind: 'self' },
  );
}

/** Relationship ids the sheet's part refers to, assigned by the writer. */
export interface NewSheetLinks {
  readonly tables: readonly string[];
  readonly drawing: string | null;
}

export interface SheetXmlContext {
  readonly styles: StyleSheet;
  readonly date1904: boolean;
  readonly namespaces: Namespaces;
}

function listFormula(choices: readonly string[]): string {
  return `"${choices.join(',')}"`;
}

function ragRules(rule: RagRule, styles: StyleSheet, priority: { next: number }): string {
  const box: Box = {
    top: rule.range.row,
    left: rule.range.column,
    bottom: rule.range.row + rule.range.rows - 1,
    right: rule.range.column + rule.range.columns - 1,
  };
  const tl = cellRef(box.top, box.left);
  const num = `ISNUMBER(${tl})`;
  const rules: Array<[keyof typeof RAG_FILL, string]> = [
    ['red', `AND(${num},${tl}<${rule.redBelow})`],
    ['amber', `AND(${num},${tl}>=${rule.redBelow},${tl}<${rule.greenFrom})`],
    ['green', `AND(${num},${tl}>=${rule.greenFrom})`],
  ];
  const body = rules
    .map(([colour, formula]) => {
      const dxf = styles.differential(RAG_FILL[colour]);
      return `<cfRule type="expression" dxfId="${dxf}" priority="${priority.next++}"><formula>${escapeText(formula)}</formula></cfRule>`;
    })
    .join('');
  return `<conditionalFormatting sqref="${rangeRef(box)}">${body}</conditionalFormatting>`;
}

/** The rectangle a new sheet's cells cover (for its `<dimension>`). */
function usedBox(sheet: NewSheet): Box | null {
  let box: Box | null = null;
  const source = sheet.source;
  if (source.kind === 'table')
    box = { top: 1, left: 1, bottom: source.height + 1, right: Math.max(1, source.op.header.length) };
  if (source.kind === 'cells')
    for (const c of source.cells)
      box = unionBox(box, { top: c.row, left: c.column, bottom: c.row, right: c.column });
  for (const [row, line] of sheet.writes)
    for (const column of line.keys())
      box = unionBox(box, { top: row, left: column, bottom: row, right: column });
  return box;
}

/**
 * The worksheet part of a new sheet, piece by piece (a sheet of a million rows streams out). Cell
 * styles are derived from the workbook's default style (appended to the styles part); a date in a
 * 1904 workbook is shifted to its date system.
 *
 * @example await deflateStream(newSheetXml(sheet, { styles, date1904: false, namespaces: TRANSITIONAL }, { tables: ['rId1'], drawing: null }))
 */
export async function* newSheetXml(
  sheet: NewSheet,
  context: SheetXmlContext,
  links: NewSheetLinks,
): AsyncGenerator<string> {
  const { styles } = context;
  const ns = context.namespaces;
  const used = usedBox(sheet);
  const sheetPr: string[] = [];
  if (sheet.tabColor !== null) sheetPr.push(`<tabColor rgb="${argb(sheet.tabColor)}"/>`);
  if (sheet.print !== null) sheetPr.push('<pageSetUpPr fitToPage="1"/>');
  const view = sheet.frozenHeader
    ? '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>'
    : '<sheetView workbookViewId="0"/>';
  const cols = [...sheet.widths.entries()]
    .sort(([a], [b]) => a - b)
    .map(([column, width]) => `<col min="${column}" max="${column}" width="${width}" customWidth="1"/>`)
    .join('');
  yield [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${ns.main}" xmlns:r="${ns.relationships}">`,
    sheetPr.length === 0 ? '' : `<sheetPr>${sheetPr.join('')}</sheetPr>`,
    `<dimension ref="${used === null ? 'A1' : rangeRef(used)}"/>`,
    `<sheetViews>${view}</sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols === '' ? '' : `<cols>${cols}</cols>`,
    '<sheetData>',
  ].join('');

  const styleOf = cachedStyles(styles);
  const heights = [...sheet.heights.keys()].sort((a, b) => a - b);
  let nextHeight = 0;
  const rowXml = (row: number, cells: ReadonlyArray<readonly [number, CellWrite]>) => {
    let text = '';
    for (const [column, w] of cells) {
      const style = styleOf(w);
      let value = w.value;
      if (typeof value === 'number' && context.date1904 && styles.isDate(style)) value -= DAYS_1900_TO_1904;
      const { type, inner } = cellContent(value, sheet.name, row, column);
      const attrs = `r="${cellRef(row, column)}"${style === 0 ? '' : ` s="${style}"`}${type === null ? '' : ` t="${type}"`}`;
      text += inner === '' ? `<c ${attrs}/>` : `<c ${attrs}>${inner}</c>`;
    }
    const height = sheet.heights.get(row);
    const ht = height === undefined ? '' : ` ht="${Math.min(height, MAX_ROW_HEIGHT)}" customHeight="1"`;
    return `<row r="${row}"${ht}>${text}</row>`;
  };
  let piece = '';
  for (const [row, cells] of sheet.rows()) {
    while (nextHeight < heights.length && (heights[nextHeight] ?? Infinity) < row) {
      const h = heights[nextHeight++] ?? 0;
      piece += rowXml(h, []);
    }
    if (heights[nextHeight] === row) nextHeight++;
    piece += rowXml(row, cells);
    if (piece.length > PIECE) {
      yield piece;
      piece = '';
    }
  }
  while (nextHeight < heights.length) piece += rowXml(heights[nextHeight++] ?? 0, []);
  yield piece;

  const merges = sheet.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  const priority = { next: 1 };
  const conditional = sheet.rag.map((r) => ragRules(r, styles, priority)).join('');
  const validations = sheet.validations
    .map(
      (v) =>
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="${escapeAttribute(escapeCellText(v.title))}" error="${escapeAttribute(escapeCellText(`Choose one of: ${v.choices.join(', ')}`))}" sqref="${rangeRef(v.box)}"><formula1>${escapeText(listFormula(v.choices))}</formula1></dataValidation>`,
    )
    .join('');
  yield [
    '</sheetData>',
    merges.length === 0
      ? ''
      : `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`).join('')}</mergeCells>`,
    conditional,
    sheet.validations.length === 0
      ? ''
      : `<dataValidations count="${sheet.validations.length}">${validations}</dataValidations>`,
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    sheet.print === null
      ? ''
      : `<pageSetup orientation="${sheet.print.orientation}" fitToWidth="1" fitToHeight="0"/>`,
    links.drawing === null ? '' : `<drawing r:id="${links.drawing}"/>`,
    links.tables.length === 0
      ? ''
      : `<tableParts count="${links.tables.length}">${links.tables.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`,
    '</worksheet>',
  ].join('');
}

/**
 * A new cell's style index, memoised by what decides it (the plan shares its style objects among
 * cells, so most cells find theirs without building a key).
 */
function cachedStyles(styles: StyleSheet): (w: CellWrite) => number {
  const byStyle = new Map<object | undefined, Map<string, number>>();
  return (w) => {
    const base = w.base.kind === 'index' ? w.base.index : 0;
    if (!changesStyle(w.change)) return base;
    const { style, numberFormat, alignTop, quotePrefix } = w.change;
    let line = byStyle.get(style);
    if (line === undefined) byStyle.set(style, (line = new Map()));
    const key = `${base}|${numberFormat ?? ''}|${alignTop === true ? 1 : 0}|${quotePrefix === true ? 1 : 0}`;
    let index = line.get(key);
    if (index === undefined) line.set(key, (index = styles.derive(base, w.change)));
    return index;
  };
}

/**
 * The table part of a new table: a header row with filter buttons, banded rows in Excel's default
 * table style.
 *
 * @example newTableXml(table, 3, TRANSITIONAL) // '<table … id="3" name="TaskLog" displayName="TaskLog" ref="A1:H2" …>'
 */
export function newTableXml(table: NewTable, id: number, ns: Namespaces): string {
  const ref = rangeRef(table.box);
  const columns = table.columns
    .map((name, i) => `<tableColumn id="${i + 1}" name="${escapeAttribute(escapeCellText(name))}"/>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${ns.main}" id="${id}" name="${escapeAttribute(table.name)}" displayName="${escapeAttribute(table.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/**
 * A print area's formula: `'Report C-1'!$A$1:$H$60` (the sheet name quoted, apostrophes doubled).
 *
 * @example printAreaFormula('Report C-1', { top: 1, left: 1, bottom: 60, right: 8 }) // "'Report C-1'!$A$1:$H$60"
 */
export function printAreaFormula(sheet: string, box: Box): string {
  return `'${sheet.replace(/'/g, "''")}'!$${columnLetters(box.left)}$${box.top}:$${columnLetters(box.right)}$${box.bottom}`;
}
