/**
 * Node-only: converts between a fake workbook description and an ExcelJS workbook, so a test can
 * hand the CLI (ExcelJS) and the add-in (this fake) the same workbook. Values, dates (as serials),
 * formulas with their cached results, number formats, basic styles, column widths, sheet
 * visibility and tables travel; quote prefixes, charts, conditional formats and validations do not.
 */
import ExcelJS from 'exceljs';
import { columnIndex, columnLetters, localAddress, parseAddress } from './core/address';
import type { CellStyle, CellValue } from './model/cell';
import type { CellInput, CellSpec, SheetDescription, WorkbookDescription } from './model/describe';

const MS_PER_DAY = 86_400_000;
const SERIAL_OF_UNIX_EPOCH = 25_569;

/** ExcelJS widths are characters; the fake keeps points (7 px a character, 5 px padding, 0.75 pt/px). */
const pointsOfChars = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
const charsOfPoints = (points: number): number => (points / 0.75 - 5) / 7;

function serialOfDate(date: Date): number {
  return date.getTime() / MS_PER_DAY + SERIAL_OF_UNIX_EPOCH;
}

function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return serialOfDate(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v['error'] === 'string') return { error: v['error'] };
    if (Array.isArray(v['richText']))
      return (v['richText'] as Array<{ text: string }>).map((r) => r.text).join('');
    if (typeof v['text'] === 'string') return v['text'];
  }
  return String(value);
}

function styleOf(cell: ExcelJS.Cell): CellStyle {
  const style: Record<string, unknown> = {};
  const font = cell.font as Partial<ExcelJS.Font> | undefined;
  if (font?.bold === true) style['bold'] = true;
  if (font?.italic === true) style['italic'] = true;
  if (font?.color?.argb !== undefined) style['fontColor'] = `#${font.color.argb.slice(-6)}`;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === 'pattern' && fill.fgColor?.argb !== undefined)
    style['fill'] = `#${fill.fgColor.argb.slice(-6)}`;
  if (cell.alignment?.wrapText === true) style['wrap'] = true;
  const horizontal = cell.alignment?.horizontal;
  if (horizontal !== undefined)
    style['horizontal'] = horizontal.charAt(0).toUpperCase() + horizontal.slice(1);
  return style as CellStyle;
}

function inputOf(cell: ExcelJS.Cell): CellInput {
  const raw = cell.value as unknown;
  const formula =
    typeof raw === 'object' && raw !== null && 'formula' in raw
      ? String((raw as { formula: unknown }).formula)
      : undefined;
  const value = formula === undefined ? plainValue(raw) : plainValue((raw as { result?: unknown }).result);
  const style = styleOf(cell);
  const numFmt = cell.numFmt;
  const spec: CellSpec = {
    value,
    ...(formula === undefined ? {} : { formula: `=${formula}` }),
    ...(numFmt === undefined || numFmt === '' || numFmt === 'General' ? {} : { numberFormat: numFmt }),
    ...(Object.keys(style).length === 0 ? {} : { style }),
  };
  return Object.keys(spec).length === 1 ? value : spec;
}

/** The description of an ExcelJS workbook (sheets in order, cells by address, tables). */
export function fromExcelJs(workbook: ExcelJS.Workbook): WorkbookDescription {
  const tables: Array<{ name: string; sheet: string; range: string; showHeaders: boolean }> = [];
  const sheets = workbook.worksheets.map((ws): SheetDescription => {
    const cells: Record<string, CellInput> = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A merged range's other cells hold nothing in the file; ExcelJS echoes the master's value.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        cells[cell.address] = inputOf(cell);
      });
    });
    const columnWidths: Record<string, number> = {};
    (ws.columns ?? []).forEach((column, i) => {
      if (column.width !== undefined) columnWidths[columnLetters(i)] = pointsOfChars(column.width);
    });
    for (const table of ws.getTables() as unknown as Array<{
      table: { name: string; tableRef?: string; ref?: string; headerRow?: boolean };
    }>) {
      const range = table.table.tableRef ?? table.table.ref ?? '';
      tables.push({
        name: table.table.name,
        sheet: ws.name,
        range,
        showHeaders: table.table.headerRow !== false,
      });
    }
    const visibility =
      ws.state === 'hidden' ? 'Hidden' : ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    return { name: ws.name, visibility, cells, columnWidths };
  });
  return { sheets, tables };
}

function writeCell(cell: ExcelJS.Cell, input: CellInput): void {
  const spec: CellSpec =
    typeof input === 'object' && input !== null && !('error' in input) ? input : { value: input };
  const value = spec.value ?? null;
  if (spec.formula !== undefined)
    cell.value = {
      formula: spec.formula.replace(/^=/, ''),
      result: value as never,
    } as ExcelJS.CellFormulaValue;
  else
    cell.value =
      typeof value === 'object' && value !== null
        ? { error: value.error as ExcelJS.CellErrorValue['error'] }
        : value;
  if (spec.numberFormat !== undefined) cell.numFmt = spec.numberFormat;
  const style = spec.style ?? {};
  if (style.bold === true || style.italic === true || style.fontColor !== undefined) {
    cell.font = {
      bold: style.bold === true,
      italic: style.italic === true,
      ...(style.fontColor === undefined ? {} : { color: { argb: `FF${style.fontColor.slice(1)}` } }),
    };
  }
  if (style.fill !== undefined)
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill.slice(1)}` } };
  if (style.wrap === true || style.horizontal !== undefined) {
    cell.alignment = {
      wrapText: style.wrap === true,
      ...(style.horizontal === undefined
        ? {}
        : { horizontal: style.horizontal.toLowerCase() as ExcelJS.Alignment['horizontal'] }),
    };
  }
}

/** An ExcelJS workbook holding what the description holds (tables as real Excel tables). */
export function toExcelJs(description: WorkbookDescription): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const s of description.sheets) {
    const ws = workbook.addWorksheet(s.name);
    if (s.visibility === 'Hidden') ws.state = 'hidden';
    if (s.visibility === 'VeryHidden') ws.state = 'veryHidden';
    const origin = parseAddress(s.origin ?? 'A1')?.rect ?? { top: 0, left: 0 };
    s.rows?.forEach((row, r) =>
      row.forEach((input, c) => writeCell(ws.getCell(origin.top + r + 1, origin.left + c + 1), input)),
    );
    for (const [address, input] of Object.entries(s.cells ?? {})) writeCell(ws.getCell(address), input);
    for (const [letters, points] of Object.entries(s.columnWidths ?? {}))
      ws.getColumn(columnIndex(letters) + 1).width = charsOfPoints(points);
  }
  for (const t of description.tables ?? []) addTable(workbook, t.sheet, t.name, t.range);
  return workbook;
}

/** ExcelJS writes a table's cells itself; feed it the cells already there, then restore their formats. */
function addTable(workbook: ExcelJS.Workbook, sheetName: string, name: string, range: string): void {
  const ws = workbook.getWorksheet(sheetName);
  const rect = parseAddress(range)?.rect;
  if (ws === undefined || rect === undefined)
    throw new Error(`ExcelJS bridge: bad table ${name} at ${sheetName}!${range}`);
  const cellAt = (r: number, c: number): ExcelJS.Cell => ws.getCell(r + 1, c + 1);
  const saved = new Map<
    string,
    { value: ExcelJS.CellValue; numFmt: string; style: Partial<ExcelJS.Style> }
  >();
  for (let r = rect.top; r <= rect.bottom; r += 1) {
    for (let c = rect.left; c <= rect.right; c += 1) {
      const cell = cellAt(r, c);
      saved.set(cell.address, { value: cell.value, numFmt: cell.numFmt, style: { ...cell.style } });
    }
  }
  const columns = Array.from({ length: rect.right - rect.left + 1 }, (_, i) => ({
    name: String(cellAt(rect.top, rect.left + i).value ?? `Column${i + 1}`),
  }));
  const rows = Array.from({ length: rect.bottom - rect.top }, (_, r) =>
    columns.map((_c, i) => cellAt(rect.top + 1 + r, rect.left + i).value),
  );
  ws.addTable({
    name,
    ref: localAddress({ ...rect, bottom: rect.top, right: rect.left }),
    headerRow: true,
    columns,
    rows,
  });
  for (const [address, s] of saved) {
    const cell = ws.getCell(address);
    cell.value = s.value;
    cell.style = s.style;
    if (s.numFmt !== undefined) cell.numFmt = s.numFmt;
  }
}
