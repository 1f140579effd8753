import { columnLetters } from '../../../workbook/address/a1';
import type { ChartSpec, RagRule } from '../../../workbook/plan/write-plan';
import { RAG_FILL } from '../../../workbook/plan/palette';
import type { Namespaces } from '../opc/namespaces';
import { DAYS_1900_TO_1904 } from '../read/cell-value';
import { cellRef, rangeRef, unionBox, type Box } from '../sheet-box';
import { argb, type StyleSheet } from '../styles/style-sheet';
import { escapeAttribute, escapeCellText, escapeText } from '../xml/xml-text';
import { cellContent, changesStyle, type CellWrite } from './cell-write';

/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;
const TABLE_STYLE = 'TableStyleMedium2';

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

/**
 * A sheet the run adds (a log table, a report), kept as a model until the package is written:
 * cells, merges, widths, heights, drop-downs, RAG formats, tab colour, print setup, tables, charts.
 */
export class NewSheet {
  readonly cells = new Map<number, Map<number, CellWrite>>();
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

  constructor(public name: string) {}

  set(row: number, column: number, write: CellWrite): void {
    let line = this.cells.get(row);
    if (line === undefined) this.cells.set(row, (line = new Map()));
    line.set(column, write);
  }

  get(row: number, column: number): CellWrite | undefined {
    return this.cells.get(row)?.get(column);
  }

  /** Whether the cell holds a value (for the checks before adding rows or columns). */
  holds(row: number, column: number): boolean {
    const w = this.get(row, column);
    return w !== undefined && w.value !== null;
  }
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

/**
 * The worksheet part of a new sheet. Cell styles are derived from the workbook's default style
 * (appended to the styles part); a date in a 1904 workbook is shifted to its date system.
 *
 * @example newSheetXml(sheet, { styles, date1904: false, namespaces: TRANSITIONAL }, { tables: ['rId1'], drawing: null })
 */
export function newSheetXml(sheet: NewSheet, context: SheetXmlContext, links: NewSheetLinks): string {
  const { styles } = context;
  const ns = context.namespaces;
  let used: Box | null = null;
  const rows = [...new Set([...sheet.cells.keys(), ...sheet.heights.keys()])].sort((a, b) => a - b);
  const rowXml = rows.map((row) => {
    const line = sheet.cells.get(row) ?? new Map<number, CellWrite>();
    const cells = [...line.entries()]
      .sort(([a], [b]) => a - b)
      .map(([column, w]) => {
        used = unionBox(used, { top: row, left: column, bottom: row, right: column });
        const base = w.base.kind === 'index' ? w.base.index : 0;
        const style = changesStyle(w.change) ? styles.derive(base, w.change) : base;
        let value = w.value;
        if (typeof value === 'number' && context.date1904 && styles.isDate(style)) value -= DAYS_1900_TO_1904;
        const { type, inner } = cellContent(value, sheet.name, row, column);
        const attrs = `r="${cellRef(row, column)}"${style === 0 ? '' : ` s="${style}"`}${type === null ? '' : ` t="${type}"`}`;
        return inner === '' ? `<c ${attrs}/>` : `<c ${attrs}>${inner}</c>`;
      })
      .join('');
    const height = sheet.heights.get(row);
    const ht = height === undefined ? '' : ` ht="${Math.min(height, MAX_ROW_HEIGHT)}" customHeight="1"`;
    return `<row r="${row}"${ht}>${cells}</row>`;
  });
  const dimension = used === null ? 'A1' : rangeRef(used);

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
  const merges = sheet.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  const priority = { next: 1 };
  const conditional = sheet.rag.map((r) => ragRules(r, styles, priority)).join('');
  const validations = sheet.validations
    .map(
      (v) =>
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="${escapeAttribute(escapeCellText(v.title))}" error="${escapeAttribute(escapeCellText(`Choose one of: ${v.choices.join(', ')}`))}" sqref="${rangeRef(v.box)}"><formula1>${escapeText(listFormula(v.choices))}</formula1></dataValidation>`,
    )
    .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${ns.main}" xmlns:r="${ns.relationships}">`,
    sheetPr.length === 0 ? '' : `<sheetPr>${sheetPr.join('')}</sheetPr>`,
    `<dimension ref="${dimension}"/>`,
    `<sheetViews>${view}</sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols === '' ? '' : `<cols>${cols}</cols>`,
    rowXml.length === 0 ? '<sheetData/>' : `<sheetData>${rowXml.join('')}</sheetData>`,
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
