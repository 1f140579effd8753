/// <reference types="office-js" />
import type { MergedArea } from '../../workbook/host';
import type { ReadRequest } from '../../workbook/host';
import { officeErrorCode } from '../office-error';
import type { Rect } from './cell-blocks';
import { origin, queueMerges, withMerges, type LoadedGrid } from './read-sources';
import { rangeOn } from './write-step';

/** Cells in one block: well under Excel's 5,000,000 per read. */
export const BLOCK_CELLS = 1_000_000;
/** Cells read per sync: about 20 bytes a cell keeps a response near 5 MB. */
export const SYNC_CELLS = 250_000;

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

interface Frame {
  readonly request: ReadRequest;
  readonly sheet: string;
  readonly rect: Rect;
  readonly hasHeader: boolean;
  readonly hasTotals: boolean;
  readonly merges?: readonly MergedArea[];
}

interface Block {
  readonly frame: number;
  readonly sheet: string;
  readonly rect: Rect;
  readonly withFormats: boolean;
}

interface BlockCells {
  readonly values: unknown[][];
  readonly formats?: unknown[][];
}

const TOO_BIG: ReadonlySet<string> = new Set(['ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);

/** Where each source is and how big, in one sync. */
async function frames(run: Run, requests: readonly ReadRequest[]): Promise<Frame[]> {
  return run(async (context) => {
    const pending = requests.map((request) => {
      const { source } = request;
      if (source.kind === 'table') {
        const table = context.workbook.tables.getItem(source.name).load('showHeaders, showTotals');
        const range = table.getRange().load('address, rowCount, columnCount');
        const merges = queueMerges(range);
        return () => ({
          ...frameOf(request, range, table.showHeaders, table.showTotals),
          ...withMerges(merges()),
        });
      }
      const sheet = context.workbook.worksheets.getItem(source.name).load('name');
      const used = sheet.getUsedRangeOrNullObject(true).load('address, rowCount, columnCount');
      const merges = queueMerges(used);
      return () =>
        used.isNullObject
          ? {
              request,
              sheet: sheet.name,
              rect: { row: 1, column: 1, rows: 0, columns: 0 },
              hasHeader: true,
              hasTotals: false,
            }
          : { ...frameOf(request, used, true, false), ...withMerges(merges()) };
    });
    await context.sync();
    return pending.map((collect) => collect());
  });
}

function frameOf(request: ReadRequest, range: Excel.Range, hasHeader: boolean, hasTotals: boolean): Frame {
  const at = origin(range.address);
  return {
    request,
    sheet: at.sheet,
    rect: { row: at.row, column: at.column, rows: range.rowCount, columns: range.columnCount },
    hasHeader,
    hasTotals,
  };
}

function blocksOf(frame: Frame, index: number): Block[] {
  const { rect } = frame;
  if (rect.rows === 0 || rect.columns === 0) return [];
  const step = Math.max(1, Math.floor(BLOCK_CELLS / rect.columns));
  const out: Block[] = [];
  for (let r = 0; r < rect.rows; r += step) {
    out.push({
      frame: index,
      sheet: frame.sheet,
      rect: { ...rect, row: rect.row + r, rows: Math.min(step, rect.rows - r) },
      withFormats: frame.request.withNumberFormats === true,
    });
  }
  return out;
}

function halves(block: Block): [Block, Block] {
  const top = Math.ceil(block.rect.rows / 2);
  return [
    { ...block, rect: { ...block.rect, rows: top } },
    { ...block, rect: { ...block.rect, row: block.rect.row + top, rows: block.rect.rows - top } },
  ];
}

/** Excel on the web may answer a read over its cell limit with `null`: as good as `RangeExceedsLimit`. */
class NullAnswer extends Error {
  readonly code = 'RangeExceedsLimit';
}

/** Reads blocks in one sync; when Excel finds the answer too big, reads each half on its own. */
async function readGroup(run: Run, group: readonly Block[]): Promise<BlockCells[]> {
  try {
    return await run(async (context) => {
      const ranges = group.map((b) =>
        rangeOn(context, b.sheet, b.rect).load(b.withFormats ? 'values, numberFormat' : 'values'),
      );
      await context.sync();
      if (ranges.some((range) => (range.values as unknown) === null)) throw new NullAnswer('null values');
      return ranges.map((range, i) =>
        group[i]?.withFormats === true
          ? { values: range.values, formats: range.numberFormat }
          : { values: range.values },
      );
    });
  } catch (error) {
    const code = officeErrorCode(error);
    const only = group[0];
    if (code === null || !TOO_BIG.has(code) || only === undefined) throw error;
    if (group.length > 1) {
      const middle = Math.ceil(group.length / 2);
      return [
        ...(await readGroup(run, group.slice(0, middle))),
        ...(await readGroup(run, group.slice(middle))),
      ];
    }
    if (only.rect.rows < 2) throw error;
    const [a, b] = halves(only);
    const [x, y] = [...(await readGroup(run, [a])), ...(await readGroup(run, [b]))];
    return [
      {
        values: [...(x?.values ?? []), ...(y?.values ?? [])],
        ...(only.withFormats ? { formats: [...(x?.formats ?? []), ...(y?.formats ?? [])] } : {}),
      },
    ];
  }
}

/**
 * The slow path for sources too big to read in one sync: their sizes first, then row blocks of at
 * most `BLOCK_CELLS` cells, `SYNC_CELLS` cells per sync, halving any read Excel finds too big
 * (refused, or answered with `null` as Excel on the web may).
 *
 * @example const grids = await readInBlocks(run, requests);
 */
export async function readInBlocks(run: Run, requests: readonly ReadRequest[]): Promise<LoadedGrid[]> {
  const found = await frames(run, requests);
  const blocks = found.flatMap(blocksOf);
  const groups: Block[][] = [];
  let cells = 0;
  for (const block of blocks) {
    const size = block.rect.rows * block.rect.columns;
    const last = groups[groups.length - 1];
    if (last === undefined || cells + size > SYNC_CELLS) {
      groups.push([block]);
      cells = size;
    } else {
      last.push(block);
      cells += size;
    }
  }
  const read: BlockCells[] = [];
  for (const group of groups) read.push(...(await readGroup(run, group)));
  return found.map((frame, index) => {
    const mine = blocks.flatMap((b, i) => (b.frame === index ? [read[i]] : []));
    const values = mine.flatMap((m) => m?.values ?? []);
    const formats = mine.flatMap((m) => m?.formats ?? []);
    return {
      sheet: frame.sheet,
      row: frame.rect.row,
      column: frame.rect.column,
      values,
      ...(frame.request.withNumberFormats === true ? { formats } : {}),
      hasHeader: frame.hasHeader,
      hasTotals: frame.hasTotals,
      ...withMerges(frame.merges),
    };
  });
}
