import { localAddress, parseAddress, type Rect } from './core/address';
import { displayText } from './core/number-format';
import { findSheet } from './model/book';
import { emptyCell, type CellModel, type CellValue } from './model/cell';
import { bookFromDescription, describeBook, type WorkbookDescription } from './model/describe';
import { readGrid } from './model/range-io';
import { peekCell } from './model/sheet-cells';
import type {
  BookModel,
  ChartModel,
  ConditionalFormatModel,
  SheetModel,
  TableAutoExpansion,
} from './model/types';
import type { OfficeState } from './globals/office';
import type { Session, SyncRecord } from './runtime/session';

/** One cell as the fake stores it, plus the text Excel would show. */
export interface CellSnapshot {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly quotePrefix: boolean;
  readonly text: string;
  readonly style: CellModel['style'];
}

export interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  /** The whole table, header included (`A1:D8`). */
  readonly address: string;
  readonly showHeaders: boolean;
  readonly columns: readonly string[];
}

/**
 * The test's handle on an installed fake: read and change the workbook directly (no proxies, no
 * syncs), read the sync log, inject faults, set requirement sets, and uninstall.
 */
export class FakeExcel {
  constructor(
    private readonly session: Session,
    private readonly office: OfficeState,
    private readonly restore: () => void,
  ) {}

  /** The live model (advanced use; prefer the readers below). */
  get book(): BookModel {
    return this.session.book;
  }

  /** Replaces the workbook (the sync log and the Excel's table auto-expansion are kept). */
  load(description: WorkbookDescription): void {
    const expansion = this.session.book.tableAutoExpansion;
    this.session.book = bookFromDescription(description);
    this.session.book.tableAutoExpansion = expansion;
  }

  /** The workbook's date system: `true` for 1904 (serials count from 1904-01-01). */
  get date1904(): boolean {
    return this.session.book.date1904;
  }

  set date1904(on: boolean) {
    this.session.book.date1904 = on;
  }

  /** How tables grow over rows written right below them (`full`, `partial`, `none`). */
  get tableAutoExpansion(): TableAutoExpansion {
    return this.session.book.tableAutoExpansion;
  }

  set tableAutoExpansion(mode: TableAutoExpansion) {
    this.session.book.tableAutoExpansion = mode;
  }

  /** `application.calculationMode`. */
  get calculationMode(): BookModel['calculationMode'] {
    return this.session.book.calculationMode;
  }

  set calculationMode(mode: BookModel['calculationMode']) {
    this.session.book.calculationMode = mode;
  }

  /** What a read over the cell limit does: `error` (`RangeExceedsLimit`) or `null` (Excel on the web). */
  get oversizedReads(): 'error' | 'null' {
    return this.session.oversizedReads;
  }

  set oversizedReads(mode: 'error' | 'null') {
    this.session.oversizedReads = mode;
  }

  /** Cells Office reads at most at once (5,000,000); lower it to test big reads cheaply. */
  set readCellLimit(cells: number) {
    this.session.readCellLimit = cells;
  }

  /** Selects several areas of one sheet at once (Ctrl+click): `selectAreas('Export', ['A1:B3', 'D1:D3'])`. */
  selectAreas(sheet: string, addresses: readonly string[]): void {
    const areas = addresses.map((a) => {
      const rect = parseAddress(a)?.rect;
      if (rect === undefined) throw new Error(`fake Excel: not an address: ${a}`);
      return rect;
    });
    const first = areas[0];
    if (first === undefined) throw new Error('fake Excel: select at least one area');
    const model = this.sheet(sheet);
    this.session.book.activeSheet = model;
    this.session.book.selection = { sheet: model, rect: first, areas };
  }

  describe(): WorkbookDescription {
    return describeBook(this.session.book);
  }

  sheetNames(): string[] {
    return this.session.book.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetModel {
    const sheet = findSheet(this.session.book, name);
    if (sheet === undefined)
      throw new Error(`fake Excel: no sheet "${name}" (sheets: ${this.sheetNames().join(', ')})`);
    return sheet;
  }

  private at(ref: string): { sheet: SheetModel; rect: Rect } {
    const parsed = parseAddress(ref);
    if (parsed?.sheet === undefined)
      throw new Error(`fake Excel: give a sheet-qualified address, not "${ref}"`);
    return { sheet: this.sheet(parsed.sheet), rect: parsed.rect };
  }

  /** `cell('Tasks!B2')`. */
  cell(ref: string): CellSnapshot {
    const { sheet, rect } = this.at(ref);
    const cell = peekCell(sheet, rect.top, rect.left) ?? emptyCell();
    return {
      value: cell.value,
      formula: cell.formula ?? null,
      numberFormat: cell.numberFormat,
      quotePrefix: cell.quotePrefix,
      text: displayText(cell.value, cell.numberFormat, this.session.book.date1904),
      style: { ...cell.style },
    };
  }

  /** Stored values of a range (`values('Tasks!A1:C3')`), `null` for empty cells. */
  values(ref: string): CellValue[][] {
    return readGrid(this.at(ref), (cell) => cell?.value ?? null);
  }

  tables(): TableSnapshot[] {
    return this.session.book.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: localAddress(t.rect),
      showHeaders: t.showHeaders,
      columns: t.columns.map((c) => c.name),
    }));
  }

  charts(sheet: string): ChartModel[] {
    return this.sheet(sheet).charts.map((c) => ({ ...c }));
  }

  conditionalFormats(sheet: string): Array<ConditionalFormatModel & { address: string }> {
    return this.sheet(sheet).conditionalFormats.map((cf) => ({ ...cf, address: localAddress(cf.rect) }));
  }

  validations(sheet: string): Array<{ address: string; rule: Record<string, unknown> }> {
    return this.sheet(sheet).validations.map((v) => ({ address: localAddress(v.rect), rule: v.rule }));
  }

  merges(sheet: string): string[] {
    return this.sheet(sheet).merges.map(localAddress);
  }

  pageLayout(sheet: string): {
    orientation: string;
    zoom: SheetModel['pageLayout']['zoom'];
    printArea: string | null;
  } {
    const layout = this.sheet(sheet).pageLayout;
    return {
      orientation: layout.orientation,
      zoom: { ...layout.zoom },
      printArea: layout.printArea === null ? null : localAddress(layout.printArea),
    };
  }

  /** Column width in points (`columnWidth('Report', 'B')`). */
  columnWidth(sheet: string, letters: string): number | undefined {
    const parsed = parseAddress(`${letters}1`);
    return parsed === undefined ? undefined : this.sheet(sheet).columnWidths.get(parsed.rect.left);
  }

  selection(): { sheet: string; address: string } {
    const { sheet, rect } = this.session.book.selection;
    return { sheet: sheet.name, address: localAddress(rect) };
  }

  activeSheet(): string {
    return this.session.book.activeSheet.name;
  }

  get syncs(): readonly SyncRecord[] {
    return this.session.syncs;
  }

  /** Round trips so far: every `context.sync()`, plus `Excel.run`'s final flush when it had actions. */
  get syncCount(): number {
    return this.session.syncs.length;
  }

  resetSyncLog(): void {
    this.session.syncs.length = 0;
  }

  /** The next `count` syncs fail with `code` before anything is applied. */
  failNextSyncs(count: number, code = 'InvalidOperationInCellEditMode'): void {
    for (let i = 0; i < count; i += 1) this.session.faults.push(code);
  }

  /** While on, syncs fail with `InvalidOperationInCellEditMode`, or wait in `delayForCellEdit` runs. */
  setCellEditMode(on: boolean): void {
    this.session.setCellEditMode(on);
  }

  get payloadLimitBytes(): number | null {
    return this.session.payloadLimitBytes;
  }

  /** `null` for desktop Excel (no limit); default 5 MB (Excel on the web). */
  set payloadLimitBytes(limit: number | null) {
    this.session.payloadLimitBytes = limit;
  }

  /** Replaces what `Office.context.requirements.isSetSupported` answers (set → highest version). */
  setRequirementSets(sets: Readonly<Record<string, string>>): void {
    this.office.requirementSets.clear();
    for (const [name, version] of Object.entries(sets)) this.office.requirementSets.set(name, version);
  }

  /** Functions registered with `Office.actions.associate`. */
  get actions(): ReadonlyMap<string, (...args: unknown[]) => unknown> {
    return this.office.actions;
  }

  get taskpane(): { readonly shows: number; readonly hides: number } {
    return { ...this.office.taskpane };
  }

  /** `Office.context.document.settings`. */
  get settings(): Map<string, unknown> {
    return this.office.settings;
  }

  /** Removes the globals (restoring what was there before). */
  uninstall(): void {
    this.restore();
  }
}
