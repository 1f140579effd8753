import { PackageError } from '../package-error';
import { inBox, parseRangeRef, unionBox, type Box } from '../sheet-box';
import type { ZipArchive } from '../zip/zip-archive';
import { rootPrefix } from '../xml/xml-text';
import { cellValue, type CellContext, type ScannedCell } from './cell-value';
import { attributeValue, rowNumber, rowTags, scanCells } from './row-cells';
import { SheetSplitter } from './sheet-splitter';
import { utf8Chunks } from './utf8-chunks';

/** What to take from a sheet: a known rectangle (a table), or every used cell (a sheet used as a table). */
export type ScanTarget = ({ readonly kind: 'box'; readonly box: Box } | { readonly kind: 'used' }) & {
  /** The table read (for messages), or `null` for a sheet's used cells. */
  readonly table: string | null;
  /** Keep each cell's style index too (for number formats). */
  readonly withStyles?: boolean;
};

/** What a scan found for one target: cells (and their style indexes) of a rectangle. */
export interface ScannedBlock {
  /** The rectangle: the target's, or the used cells' (`null` for a sheet with nothing in it). */
  readonly box: Box | null;
  readonly cells: ScannedCell[][];
  readonly styles: number[][];
  /** The sheet's merged areas, when it has any (the workbook layer names those inside a table). */
  readonly merges?: readonly Box[];
}

export interface ScanOptions {
  readonly sheet: string;
  readonly context: Omit<CellContext, 'tags'>;
  /** The most cells one target may hold. */
  readonly maxCells: number;
}

interface Sparse {
  readonly rows: Map<number, Array<readonly [number, ScannedCell, number]>>;
  count: number;
  box: Box | null;
}

const tooMany = (options: ScanOptions, target: ScanTarget) =>
  new PackageError({
    code: 'too_many_cells',
    sheet: options.sheet,
    table: target.table,
    limit: options.maxCells,
  });

function denseBlock(box: Box, withStyles: boolean): ScannedBlock {
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  const cells: ScannedCell[][] = [];
  const styles: number[][] = [];
  for (let r = 0; r < height; r++) {
    cells.push(new Array<ScannedCell>(width).fill(null));
    if (withStyles) styles.push(new Array<number>(width).fill(0));
  }
  return { box, cells, styles };
}

function sparseToBlock(sparse: Sparse, merges: readonly Box[]): ScannedBlock {
  const covered = (row: number, column: number) =>
    merges.some((m) => inBox(m, row, column) && !(m.top === row && m.left === column));
  let box: Box | null = null;
  for (const [row, cells] of sparse.rows)
    for (const [column, value] of cells)
      if (value !== null && !covered(row, column))
        box = unionBox(box, { top: row, left: column, bottom: row, right: column });
  if (box === null) return { box: null, cells: [], styles: [] };
  const block = denseBlock(box, true);
  for (const [row, cells] of sparse.rows) {
    if (row < box.top || row > box.bottom) continue;
    for (const [column, value, style] of cells) {
      if (covered(row, column)) continue;
      const line = block.cells[row - box.top];
      const styleLine = block.styles[row - box.top];
      if (line === undefined || styleLine === undefined) continue;
      line[column - box.left] = value;
      styleLine[column - box.left] = style;
    }
  }
  return block;
}

/**
 * Reads the cells of one worksheet part for each target, streaming the part: rows outside every
 * target are skipped without decoding their cells, and no more than the targets' cells are kept. A
 * cell covered by a merge (not its top-left cell) reads blank, as in Excel. A target larger than
 * `maxCells` stops the scan with `too_many_cells` (before reading, for a table).
 *
 * @example const [tasks] = await scanSheet(zip, 'xl/worksheets/sheet2.xml', [{ kind: 'box', box, table: 'Tasks' }], options);
 */
export async function scanSheet(
  zip: ZipArchive,
  part: string,
  targets: readonly ScanTarget[],
  options: ScanOptions,
): Promise<ScannedBlock[]> {
  const dense = targets.map((t) => {
    if (t.kind !== 'box') return null;
    const cells = (t.box.bottom - t.box.top + 1) * (t.box.right - t.box.left + 1);
    if (cells > options.maxCells) throw tooMany(options, t);
    return denseBlock(t.box, t.withStyles === true);
  });
  const sparse: Array<Sparse | null> = targets.map((t) =>
    t.kind === 'used' ? { rows: new Map(), count: 0, box: null } : null,
  );
  const wantsAllRows = targets.some((t) => t.kind === 'used');
  const top = Math.min(...targets.map((t) => (t.kind === 'box' ? t.box.top : 1)));
  const bottom = wantsAllRows
    ? Infinity
    : Math.max(...targets.map((t) => (t.kind === 'box' ? t.box.bottom : 0)));

  let context: CellContext | null = null;
  let previousRow = 0;
  let tail = '';
  const onPiece = (kind: string, text: string) => {
    if (kind === 'head') {
      context ??= { ...options.context, tags: rowTags(rootPrefix(text)) };
      return;
    }
    if (kind === 'tail') {
      tail += text;
      return;
    }
    if (kind !== 'row' || context === null) return;
    const row = rowNumber(text, previousRow);
    previousRow = row;
    if (row < top || row > bottom) return;
    const ctx = context;
    scanCells(text, ctx.tags, (column, style, type, innerStart, innerEnd) => {
      for (let i = 0; i < targets.length; i++) {
        const block = dense[i];
        if (block !== null && block !== undefined) {
          const box = block.box;
          if (box === null || column < box.left || column > box.right || row < box.top || row > box.bottom)
            continue;
          const line = block.cells[row - box.top];
          if (line === undefined) continue;
          line[column - box.left] = cellValue(text, innerStart, innerEnd, type, style, ctx);
          const styleLine = block.styles[row - box.top];
          if (styleLine !== undefined) styleLine[column - box.left] = style;
          continue;
        }
        const s = sparse[i];
        const target = targets[i];
        if (s === null || s === undefined || target === undefined) continue;
        const value = cellValue(text, innerStart, innerEnd, type, style, ctx);
        if (value === null) continue;
        if (++s.count > options.maxCells) throw tooMany(options, target);
        let line = s.rows.get(row);
        if (line === undefined) s.rows.set(row, (line = []));
        line.push([column, value, style]);
      }
    });
  };

  let splitter: SheetSplitter | null = null;
  const decoder = utf8Chunks();
  let pending = '';
  for await (const chunk of zip.chunks(part)) {
    const text = decoder.push(chunk);
    if (splitter === null) {
      pending += text;
      const root = /<(?:([\w.-]+):)?worksheet[\s>]/.exec(pending);
      if (root === null) continue;
      splitter = new SheetSplitter(root[1] ?? '', onPiece);
      splitter.push(pending);
      pending = '';
      continue;
    }
    splitter.push(text);
  }
  if (splitter === null) throw new PackageError({ code: 'bad_xml', part, detail: 'not a worksheet' });
  splitter.push(decoder.end());
  splitter.end();
  if (!splitter.complete)
    throw new PackageError({ code: 'bad_xml', part, detail: 'it ends before its rows do' });

  const merges: Box[] = [];
  if (tail.includes('mergeCell')) {
    for (const m of tail.matchAll(/<(?:[\w.-]+:)?mergeCell(?=[\s/>])([^>]*)>/g)) {
      const box = parseRangeRef(attributeValue(m[1] ?? '', 'ref') ?? '');
      if (box !== null) merges.push(box);
    }
  }
  const withMerges = (block: ScannedBlock): ScannedBlock =>
    merges.length === 0 ? block : { ...block, merges };
  return targets.map((_, i) => {
    const block = dense[i];
    if (block !== null && block !== undefined) {
      const box = block.box;
      for (const m of box === null ? [] : merges) {
        if (box === null) break;
        for (let r = Math.max(m.top, box.top); r <= Math.min(m.bottom, box.bottom); r++)
          for (let c = Math.max(m.left, box.left); c <= Math.min(m.right, box.right); c++) {
            if (r === m.top && c === m.left) continue;
            const line = block.cells[r - box.top];
            if (line !== undefined) line[c - box.left] = null;
          }
      }
      return withMerges(block);
    }
    const s = sparse[i];
    return withMerges(
      s === null || s === undefined ? { box: null, cells: [], styles: [] } : sparseToBlock(s, merges),
    );
  });
}
