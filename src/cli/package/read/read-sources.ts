import type { RawCell, RawTable, ReadRequest } from '../../../workbook/host';
import { PackageError } from '../package-error';
import type { Box } from '../sheet-box';
import type { StyleSheet } from '../styles/style-sheet';
import type { WorkbookPackage } from '../workbook/workbook-package';
import { dataRows } from '../workbook/table-part';
import { SharedStringRef, type ScannedCell } from './cell-value';
import { scanSheet, type ScanTarget, type ScannedBlock } from './scan-sheet';
import { readSharedStrings } from './shared-strings';

export interface ReadContext {
  readonly pkg: WorkbookPackage;
  readonly styles: StyleSheet | null;
  readonly maxCells: number;
}

interface Planned {
  readonly request: ReadRequest;
  readonly sheet: string;
  readonly part: string;
  readonly target: ScanTarget | null;
  /** Header cells of a table (its column names); a sheet's come from its first used row. */
  readonly header: readonly RawCell[] | null;
  readonly headerRow: number;
  readonly firstColumn: number;
}

function plan(request: ReadRequest, context: ReadContext): Planned {
  const { source } = request;
  const { pkg } = context;
  if (source.kind === 'table') {
    const entry = pkg.table(source.name);
    if (entry === undefined) throw new PackageError({ code: 'no_table', table: source.name });
    const { table } = entry;
    const { first, last } = dataRows(table);
    const box: Box | null =
      last < first ? null : { top: first, left: table.box.left, bottom: last, right: table.box.right };
    return {
      request,
      sheet: entry.sheet,
      part: entry.sheetPart,
      target:
        box === null
          ? null
          : {
              kind: 'box',
              box,
              table: table.name,
              withStyles: request.withNumberFormats === true,
            },
      header: table.columns.map((c) => c.name),
      headerRow: first - 1,
      firstColumn: table.box.left,
    };
  }
  const sheet = pkg.sheet(source.name);
  if (sheet === undefined || !sheet.worksheet)
    throw new PackageError({ code: 'no_sheet', sheet: source.name });
  if (sheet.part === null) throw new PackageError({ code: 'missing_part', part: sheet.name });
  return {
    request,
    sheet: sheet.name,
    part: sheet.part,
    target: { kind: 'used', table: null },
    header: null,
    headerRow: 0,
    firstColumn: 1,
  };
}

function collectShared(block: ScannedBlock, into: Set<number>): void {
  for (const row of block.cells) for (const v of row) if (v instanceof SharedStringRef) into.add(v.index);
}

const resolve =
  (strings: ReadonlyMap<number, string>) =>
  (v: ScannedCell): RawCell =>
    v instanceof SharedStringRef ? (strings.get(v.index) ?? null) : v;

/** What a read found of a sheet used as a table: its used rectangle (for adding columns later). */
export type UsedBoxes = Map<string, Box | null>;

/**
 * Reads the requested tables and sheets: each worksheet part once, streamed, however many requests
 * name it; then the shared strings those cells use, and no others. Tables come with their column
 * names as header; a sheet's header is its first used row. Number formats come where asked.
 *
 * @example const [tasks] = await readSources([{ source: { kind: 'table', name: 'Tasks' } }], context, new Map());
 */
export async function readSources(
  requests: readonly ReadRequest[],
  context: ReadContext,
  usedBoxes: UsedBoxes,
): Promise<RawTable[]> {
  const planned = requests.map((r) => plan(r, context));
  const byPart = new Map<string, Planned[]>();
  for (const p of planned) {
    if (p.target === null) continue;
    const list = byPart.get(p.part) ?? [];
    list.push(p);
    byPart.set(p.part, list);
  }
  const styles = context.styles;
  const dateStyles = new Map<number, boolean>();
  const isDateStyle = (s: number) => {
    let known = dateStyles.get(s);
    if (known === undefined) dateStyles.set(s, (known = styles?.isDate(s) ?? false));
    return known;
  };
  const refs = new Map<number, SharedStringRef>();
  const sharedRef = (i: number) => {
    let ref = refs.get(i);
    if (ref === undefined) refs.set(i, (ref = new SharedStringRef(i)));
    return ref;
  };
  const blocks = new Map<Planned, ScannedBlock>();
  for (const [part, list] of byPart) {
    const scanned = await scanSheet(
      context.pkg.zip,
      part,
      list.map((p) => p.target as ScanTarget),
      {
        sheet: list[0]?.sheet ?? '',
        maxCells: context.maxCells,
        context: { date1904: context.pkg.date1904, isDateStyle, sharedRef },
      },
    );
    list.forEach((p, i) => {
      const block = scanned[i];
      if (block !== undefined) blocks.set(p, block);
    });
  }
  const wanted = new Set<number>();
  for (const block of blocks.values()) collectShared(block, wanted);
  const stringsPart = context.pkg.sharedStringsPart;
  const strings =
    stringsPart === null || wanted.size === 0
      ? new Map<number, string>()
      : await readSharedStrings(context.pkg.zip, stringsPart, wanted);
  const value = resolve(strings);
  const formatOf = (s: number) => styles?.formatOf(s) ?? null;

  return planned.map((p): RawTable => {
    const block = blocks.get(p);
    const cells = (block?.cells ?? []).map((row) => row.map(value));
    const formats =
      p.request.withNumberFormats === true ? (block?.styles ?? []).map((row) => row.map(formatOf)) : [];
    if (p.header !== null) {
      return {
        source: p.request.source,
        sheet: p.sheet,
        headerRow: p.headerRow,
        firstColumn: p.firstColumn,
        header: p.header,
        rows: cells,
        ...(p.request.withNumberFormats === true ? { numberFormats: formats } : {}),
        ...(block?.merges === undefined ? {} : { merges: block.merges }),
      };
    }
    const box = block?.box ?? null;
    usedBoxes.set(p.sheet.toLowerCase(), box);
    return {
      source: p.request.source,
      sheet: p.sheet,
      headerRow: box?.top ?? 1,
      firstColumn: box?.left ?? 1,
      header: cells[0] ?? [],
      rows: cells.slice(1),
      ...(p.request.withNumberFormats === true ? { numberFormats: formats.slice(1) } : {}),
      ...(block?.merges === undefined ? {} : { merges: block.merges }),
    };
  });
}
