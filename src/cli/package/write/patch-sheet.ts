import { PackageError } from '../package-error';
import { cellRef, inBox, parseRangeRef, rangeRef, unionBox, type Box } from '../sheet-box';
import type { StyleSheet } from '../styles/style-sheet';
import { DAYS_1900_TO_1904 } from '../read/cell-value';
import {
  attributeValue,
  forEachCell,
  hasFormula,
  rowNumber,
  rowTags,
  valueText,
  type CellXml,
  type RowTags,
} from '../read/row-cells';
import { SheetSplitter } from '../read/sheet-splitter';
import type { ZipArchive } from '../zip/zip-archive';
import { decodeXml, escapeText, withAttributes } from '../xml/xml-text';
import { cellContent, changesStyle, type CellWrite } from './cell-write';
import type { SheetPatch } from './sheet-patch';
import { shiftFormula } from './shift-formula';
import { utf8Chunks } from '../read/utf8-chunks';

export interface PatchContext {
  readonly styles: StyleSheet;
  readonly date1904: boolean;
}

/** What patching a sheet found out, besides its new text. */
export interface PatchOutcome {
  /** A formula cell was overwritten (the calculation chain no longer matches the cells). */
  overwroteFormula: boolean;
}

interface SharedMaster {
  readonly formula: string;
  readonly row: number;
  readonly column: number;
}

const ATTRIBUTES_REPLACED = new Set(['r', 's', 't', 'cm', 'vm']);

/** The attribute text of a cell without the attributes a write replaces. */
function keptAttributes(attributes: string): string {
  return attributes.replace(/\s+([\w:]+)\s*=\s*(?:"[^"]*"|'[^']*')/g, (whole, name: string) =>
    ATTRIBUTES_REPLACED.has(name) ? '' : whole,
  );
}

function holdsSomething(cell: CellXml, tags: RowTags): boolean {
  if (hasFormula(cell.inner, tags)) return true;
  if (cell.inner.includes(tags.is)) return true;
  const v = valueText(cell.inner, tags);
  return v !== null && v !== '';
}

/**
 * Streams a worksheet part through the patch: rows without writes pass through byte for byte;
 * rows with writes get their cells replaced or inserted in column order, every other cell and
 * attribute kept; rows that do not exist yet are inserted in order. Before writing it checks the
 * rectangles that must be empty (`not_blank`) and refuses to write into an array formula
 * (`array_formula`). Shared formulas whose first cell is overwritten are written out in full in the
 * cells that shared them. The `<dimension>` grows to cover the new cells.
 *
 * @example const pieces = patchSheet(zip, 'xl/worksheets/sheet2.xml', patch, context, outcome);
 */
export async function* patchSheet(
  zip: ZipArchive,
  part: string,
  patch: SheetPatch,
  context: PatchContext,
  outcome: PatchOutcome,
): AsyncGenerator<string> {
  const out: string[] = [];
  let tags: RowTags = rowTags('');
  let previousRow = 0;
  const pendingRows = [...patch.writes.keys()].sort((a, b) => a - b);
  let nextPending = 0;
  const lastWrittenRow = pendingRows.at(-1) ?? 0;
  const arrays: Box[] = [];
  const shared = new Map<string, SharedMaster>();
  const captures = new Map<number, Set<number>>();
  const captured = new Map<string, number>();
  for (const line of patch.writes.values())
    for (const w of line.values())
      if (w.base.kind === 'cell') {
        const set = captures.get(w.base.row) ?? new Set<number>();
        set.add(w.base.column);
        captures.set(w.base.row, set);
      }
  const blankRows = patch.blanks.length === 0 ? null : patch.blanks;
  let tailStarted = false;

  const styleOf = (write: CellWrite, own: number | null, rowStyle: number | null): number => {
    const base =
      write.base.kind === 'self'
        ? (own ?? rowStyle ?? 0)
        : write.base.kind === 'index'
          ? write.base.index
          : (captured.get(`${write.base.row}:${write.base.column}`) ?? 0);
    return changesStyle(write.change) ? context.styles.derive(base, write.change) : base;
  };

  const newCell = (row: number, column: number, write: CellWrite, kept: string, style: number): string => {
    let value = write.value;
    if (typeof value === 'number' && context.date1904 && context.styles.isDate(style))
      value -= DAYS_1900_TO_1904;
    const { type, inner } = cellContent(value, patch.sheet, row, column, tags.prefix);
    const attrs = `${kept}${style === 0 ? '' : ` s="${style}"`}${type === null ? '' : ` t="${type}"`}`;
    const c = tags.c;
    return inner === ''
      ? `${c} r="${cellRef(row, column)}"${attrs}/>`
      : `${c} r="${cellRef(row, column)}"${attrs}>${inner}${tags.cClose}`;
  };

  const newRow = (row: number): string => {
    const line = patch.writes.get(row) ?? new Map<number, CellWrite>();
    const cells = [...line.entries()]
      .sort(([a], [b]) => a - b)
      .map(([column, w]) => newCell(row, column, w, '', styleOf(w, null, null)))
      .join('');
    return `<${tags.prefix}row r="${row}">${cells}</${tags.prefix}row>`;
  };

  const flushPendingBelow = (row: number) => {
    while (nextPending < pendingRows.length && (pendingRows[nextPending] ?? Infinity) < row) {
      out.push(newRow(pendingRows[nextPending] ?? 0));
      nextPending++;
    }
  };

  const recordArrays = (rowXml: string, row: number) => {
    if (!rowXml.includes('t="array"') && !rowXml.includes('t="dataTable"')) return;
    forEachCell(rowXml, tags, (cell) => {
      const m = new RegExp(`<${tags.prefix}f\\s[^>]*t="(?:array|dataTable)"[^>]*>`).exec(cell.inner);
      const box = m === null ? null : parseRangeRef(attributeValue(m[0], 'ref') ?? '');
      if (box !== null && (box.bottom > box.top || box.right > box.left || box.top !== row)) arrays.push(box);
    });
  };

  const fixSharedFollowers = (rowXml: string, row: number): string => {
    if (shared.size === 0 || !rowXml.includes('si=')) return rowXml;
    let result = '';
    let at = 0;
    forEachCell(rowXml, tags, (cell) => {
      const m = new RegExp(`<${tags.prefix}f(\\s[^>]*)?(/>|>([\\s\\S]*?)</${tags.prefix}f>)`).exec(
        cell.inner,
      );
      if (m === null) return;
      const attrs = m[1] ?? '';
      const si = attributeValue(attrs, 'si');
      const master = si === undefined ? undefined : shared.get(si);
      if (
        master === undefined ||
        attributeValue(attrs, 't') !== 'shared' ||
        attributeValue(attrs, 'ref') !== undefined
      )
        return;
      const formula = shiftFormula(master.formula, row - master.row, cell.column - master.column);
      const inner = cell.inner.replace(m[0], `<${tags.prefix}f>${escapeText(formula)}</${tags.prefix}f>`);
      const open = rowXml.indexOf('>', cell.start);
      result += rowXml.slice(at, open + 1) + inner;
      at = cell.end - tags.cClose.length;
    });
    return result + rowXml.slice(at);
  };

  const checkBlanks = (rowXml: string, row: number) => {
    if (blankRows === null) return;
    const boxes = blankRows.filter((b) => row >= b.box.top && row <= b.box.bottom);
    if (boxes.length === 0) return;
    forEachCell(rowXml, tags, (cell) => {
      const hit = boxes.find((b) => inBox(b.box, row, cell.column));
      if (hit !== undefined && holdsSomething(cell, tags))
        throw new PackageError({
          code: 'not_blank',
          purpose: hit.purpose,
          sheet: patch.sheet,
          range: rangeRef(hit.box),
          cell: cellRef(row, cell.column),
        });
    });
  };

  const capture = (rowXml: string, row: number) => {
    const columns = captures.get(row);
    if (columns === undefined) return;
    forEachCell(rowXml, tags, (cell) => {
      if (columns.has(cell.column)) captured.set(`${row}:${cell.column}`, cell.style);
    });
  };

  /** Shared formulas whose first cell a write replaces: the cells sharing them get it written out. */
  const registerMasters = (rowXml: string, row: number, line: ReadonlyMap<number, CellWrite>) => {
    if (!rowXml.includes('si=')) return;
    forEachCell(rowXml, tags, (cell) => {
      if (!line.has(cell.column)) return;
      const m = new RegExp(`<${tags.prefix}f(\\s[^>]*)?>([\\s\\S]*?)</${tags.prefix}f>`).exec(cell.inner);
      const attrs = m?.[1] ?? '';
      const si = attributeValue(attrs, 'si');
      if (
        m !== null &&
        si !== undefined &&
        attributeValue(attrs, 't') === 'shared' &&
        attributeValue(attrs, 'ref') !== undefined
      )
        shared.set(si, { formula: decodeXml(m[2] ?? ''), row, column: cell.column });
    });
  };

  const rewriteRow = (rowXml: string, row: number, line: ReadonlyMap<number, CellWrite>): string => {
    const gt = rowXml.indexOf('>');
    const selfClosing = rowXml.charCodeAt(gt - 1) === 0x2f;
    let open = selfClosing ? `${rowXml.slice(0, gt - 1).trimEnd()}>` : rowXml.slice(0, gt + 1);
    const rowAttributes = open.slice(tags.prefix.length + 4, -1);
    const rowStyle =
      attributeValue(rowAttributes, 'customFormat') === '1'
        ? Number(attributeValue(rowAttributes, 's') ?? 0)
        : null;
    for (const column of line.keys())
      for (const a of arrays)
        if (inBox(a, row, column))
          throw new PackageError({ code: 'array_formula', sheet: patch.sheet, cell: cellRef(row, column) });
    const existing: CellXml[] = [];
    forEachCell(rowXml, tags, (cell) => existing.push(cell));
    const columns = [...new Set([...existing.map((c) => c.column), ...line.keys()])].sort((a, b) => a - b);
    const byColumn = new Map(existing.map((c) => [c.column, c]));
    let cells = '';
    for (const column of columns) {
      const write = line.get(column);
      const cell = byColumn.get(column);
      if (write === undefined) {
        if (cell !== undefined) cells += rowXml.slice(cell.start, cell.end);
        continue;
      }
      if (cell !== undefined && hasFormula(cell.inner, tags)) outcome.overwroteFormula = true;
      const style = styleOf(write, cell === undefined ? null : cell.style, rowStyle);
      cells += newCell(row, column, write, cell === undefined ? '' : keptAttributes(cell.attributes), style);
    }
    const spans = attributeValue(rowAttributes, 'spans');
    if (spans !== undefined) {
      const [lo = 1, hi = 1] = spans.split(':').map(Number);
      const first = Math.min(lo, ...line.keys());
      const last = Math.max(hi, ...line.keys());
      open = withAttributes(open, 0, { spans: `${first}:${last}` });
    }
    const inner = selfClosing ? '' : rowXml.slice(gt + 1, rowXml.lastIndexOf(`</${tags.prefix}row>`));
    // Keep anything after the cells (a row's extLst) where it was.
    const afterCells = existing.length === 0 ? inner : inner.slice((existing.at(-1)?.end ?? gt + 1) - gt - 1);
    return `${open}${cells}${afterCells}</${tags.prefix}row>`;
  };

  const onPiece = (kind: string, text: string) => {
    if (kind === 'head') {
      let head = text;
      const dimension = new RegExp(`<${tags.prefix}dimension\\s[^>]*>`).exec(head);
      const written = patch.writtenBox;
      if (dimension !== null && written !== null) {
        const old = parseRangeRef(attributeValue(dimension[0], 'ref') ?? '');
        const box = unionBox(old, written);
        if (box !== null) head = withAttributes(head, dimension.index, { ref: rangeRef(box) });
      }
      if (head.endsWith('/>') && new RegExp(`<${tags.prefix}sheetData\\s*/>$`).test(head)) {
        head = head.replace(/\s*\/>$/, '>');
        out.push(head);
        flushPendingBelow(Infinity);
        out.push(`</${tags.prefix}sheetData>`);
        tailStarted = true;
        return;
      }
      out.push(head);
      return;
    }
    if (kind === 'row') {
      const row = rowNumber(text, previousRow);
      previousRow = row;
      flushPendingBelow(row);
      let rowXml = text;
      if (row <= lastWrittenRow) recordArrays(rowXml, row);
      checkBlanks(rowXml, row);
      capture(rowXml, row);
      const line = patch.writes.get(row);
      if (line !== undefined) registerMasters(rowXml, row, line);
      rowXml = fixSharedFollowers(rowXml, row);
      if (line !== undefined) {
        if (pendingRows[nextPending] === row) nextPending++;
        rowXml = rewriteRow(rowXml, row, line);
      }
      out.push(rowXml);
      return;
    }
    if (kind === 'tail' && !tailStarted) {
      tailStarted = true;
      flushPendingBelow(Infinity);
    }
    out.push(text);
  };

  const decoder = utf8Chunks();
  let splitter: SheetSplitter | null = null;
  let pending = '';
  for await (const chunk of zip.chunks(part)) {
    const text = decoder.push(chunk);
    if (splitter === null) {
      pending += text;
      const root = /<(?:([\w.-]+):)?worksheet[\s>]/.exec(pending);
      if (root === null) continue;
      tags = rowTags(root[1] ?? '');
      splitter = new SheetSplitter(root[1] ?? '', onPiece);
      splitter.push(pending);
      pending = '';
    } else splitter.push(text);
    if (out.length > 0) {
      yield out.join('');
      out.length = 0;
    }
  }
  if (splitter === null) throw new PackageError({ code: 'bad_xml', part, detail: 'not a worksheet' });
  splitter.push(decoder.end());
  splitter.end();
  if (!tailStarted) flushPendingBelow(Infinity);
  if (out.length > 0) yield out.join('');
}
