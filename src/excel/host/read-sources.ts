/// <reference types="office-js" />
import { parseA1 } from '../../workbook/address/a1';
import { mergedAreaOf } from '../../workbook/address/merged-area-of';
import type { MergedArea, RawCell, RawTable, ReadRequest } from '../../workbook/host';
import { formatOf, rawCellOf } from './cell-values';

/** A source's cells as loaded: where they start, the values and (when asked) number formats. */
export interface LoadedGrid {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly values: readonly unknown[][];
  readonly formats?: readonly unknown[][];
  /** A table's header is its first row; its totals row (last) is not data. */
  readonly hasHeader: boolean;
  readonly hasTotals: boolean;
  /** The merged areas over the range, where Excel can say (ExcelApi 1.13). */
  readonly merges?: readonly MergedArea[];
}

/** What was queued for one request, read after the sync. */
export type PendingRead = () => LoadedGrid;

/**
 * Sheet, row and column of a loaded range's address.
 *
 * @example origin("'Q1 Tasks'!B2:F9") // { sheet: 'Q1 Tasks', row: 2, column: 2, to: { row: 9, column: 6 } }
 */
export function origin(address: string): { sheet: string; row: number; column: number } {
  const parsed = parseA1(address);
  if (parsed === null) throw new Error(`Excel returned an address that is not A1: ${address}`);
  return parsed;
}

/** Merged areas are known from ExcelApi 1.13 (Excel on the web, Microsoft 365); older Excel cannot say. */
function canReadMerges(): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', '1.13');
}

/** Queues the merged areas over `range`; collects them (sheet rows and columns) after the sync. */
export function queueMerges(range: Excel.Range): () => MergedArea[] | undefined {
  if (!canReadMerges()) return () => undefined;
  const areas = range.getMergedAreasOrNullObject().load('address');
  return () => {
    if (areas.isNullObject) return [];
    // `Sheet1!A3:A4, Sheet1!C1:D1`: commas inside a quoted sheet name do not split.
    return areas.address
      .split(/,\s*(?=(?:[^']*'[^']*')*[^']*$)/)
      .flatMap((address) => mergedAreaOf(address) ?? []);
  };
}

function rangeProperties(request: ReadRequest): string {
  return request.withNumberFormats === true ? 'address, values, numberFormat' : 'address, values';
}

/**
 * Queues the read of one source — a table's whole range (header, body, totals) or a sheet's used
 * range (values only, as the file host reads it) — and returns how to collect it after the sync.
 *
 * @example const collect = queueSource(context, request); await context.sync(); collect().values
 */
export function queueSource(context: Excel.RequestContext, request: ReadRequest): PendingRead {
  const { source } = request;
  if (source.kind === 'table') {
    const table = context.workbook.tables.getItem(source.name).load('showHeaders, showTotals');
    const range = table.getRange().load(rangeProperties(request));
    const merges = queueMerges(range);
    return () => ({
      ...origin(range.address),
      values: range.values,
      ...(request.withNumberFormats === true ? { formats: range.numberFormat } : {}),
      hasHeader: table.showHeaders,
      hasTotals: table.showTotals,
      ...withMerges(merges()),
    });
  }
  const sheet = context.workbook.worksheets.getItem(source.name).load('name');
  const used = sheet.getUsedRangeOrNullObject(true).load(rangeProperties(request));
  const merges = queueMerges(used);
  return () => {
    if (used.isNullObject)
      return { sheet: sheet.name, row: 1, column: 1, values: [], hasHeader: true, hasTotals: false };
    return {
      ...origin(used.address),
      values: used.values,
      ...(request.withNumberFormats === true ? { formats: used.numberFormat } : {}),
      hasHeader: true,
      hasTotals: false,
      ...withMerges(merges()),
    };
  };
}

/** `merges` as a spread: absent when Excel could not say or there are none. */
export const withMerges = (merges: readonly MergedArea[] | undefined) =>
  merges === undefined || merges.length === 0 ? {} : { merges };

/**
 * The `RawTable` of a loaded grid: the first row is the header (unless the table hides it), the
 * rest are data rows (a table's totals row left out); `''` reads as an empty cell, error texts as
 * errors, `General` as no format.
 *
 * @example rawTable(request, { sheet: 'Tasks', row: 1, column: 1, values: [['ID'], ['T-1']], hasHeader: true, hasTotals: false })
 */
export function rawTable(request: ReadRequest, grid: LoadedGrid): RawTable {
  const top = grid.hasHeader ? 1 : 0;
  const bottom = grid.values.length - (grid.hasTotals ? 1 : 0);
  const cells = (row: readonly unknown[] | undefined): RawCell[] => (row ?? []).map(rawCellOf);
  const header = grid.hasHeader ? cells(grid.values[0]) : [];
  return {
    source: request.source,
    sheet: grid.sheet,
    headerRow: grid.hasHeader ? grid.row : grid.row - 1,
    firstColumn: grid.column,
    header,
    rows: grid.values.slice(top, Math.max(top, bottom)).map(cells),
    ...withMerges(grid.merges),
    ...(grid.formats === undefined
      ? {}
      : {
          numberFormats: grid.formats.slice(top, Math.max(top, bottom)).map((row) => row.map(formatOf)),
        }),
  };
}
