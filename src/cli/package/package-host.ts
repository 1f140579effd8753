import type { Inventory, RawTable, ReadRequest, WorkbookHost } from '../../workbook/host';
import type { WritePlan } from '../../workbook/plan/write-plan';
import { CONTENT_TYPES, TRANSITIONAL } from './opc/namespaces';
import { relationshipsXml } from './opc/relationships';
import { readSources, type UsedBoxes } from './read/read-sources';
import { scanSheet } from './read/scan-sheet';
import { NEW_STYLES_XML, StyleSheet } from './styles/style-sheet';
import { applyOp } from './write/apply-ops';
import { EditModel, type LiveSheet } from './write/edit-model';
import { serializePackage } from './write/serialize-package';
import { WorkbookPackage } from './workbook/workbook-package';
import { ZipWriter } from './zip/zip-writer';
import type { ZipArchive } from './zip/zip-archive';

/**
 * The most cells the CLI reads from one table or sheet in a run: beyond it a run would need more
 * memory than a command-line tool should take (docs/cli.md, "Limits"). Five million is also what
 * Excel on the web reads in one request.
 */
export const MAX_CELLS_PER_SOURCE = 5_000_000;

export interface PackageHostOptions {
  readonly maxCellsPerSource?: number;
}

/**
 * The command-line host: a workbook package (`.xlsx`, `.xlsm`) in memory, read part by part and
 * written by patching (docs/architecture.md, "The CLI's package host"). `read` streams only the
 * sheets the run asks for; `apply` builds the new package — every part the plan does not touch
 * keeps its bytes — and `bytes()` gives it. When `apply` throws, the workbook is as it was.
 *
 * @example
 * const host = PackageHost.open(await readFile('plan.xlsx'));
 * const prepared = await prepareTrack(host, options);
 * if (prepared.ok) await host.apply(prepared.plan);
 * await writeFile('plan.tracked.xlsx', host.bytes());
 */
export class PackageHost implements WorkbookHost {
  private current: Uint8Array;
  private pkg: WorkbookPackage;
  private readonly opened: ZipArchive;
  private stylesCache: StyleSheet | null | undefined;
  private readonly usedBoxes: UsedBoxes = new Map();
  private readonly maxCells: number;

  private constructor(bytes: Uint8Array, options: PackageHostOptions) {
    this.current = bytes;
    this.pkg = WorkbookPackage.open(bytes);
    this.opened = this.pkg.zip;
    this.maxCells = options.maxCellsPerSource ?? MAX_CELLS_PER_SOURCE;
  }

  /** Opens a package; throws a `PackageError` when it is not a workbook this host reads. */
  static open(bytes: Uint8Array, options: PackageHostOptions = {}): PackageHost {
    return new PackageHost(bytes, options);
  }

  /** A new, empty workbook (no sheets until a plan adds them). */
  static create(options: PackageHostOptions = {}): PackageHost {
    return new PackageHost(emptyWorkbook(), options);
  }

  /**
   * The archives this host has read (the one opened, and the one built by the last `apply`), for
   * `verifyPackage`'s `checked`: their parts already inflated and checked need no second inflation.
   */
  checkedArchives(): readonly ZipArchive[] {
    return this.opened === this.pkg.zip ? [this.opened] : [this.opened, this.pkg.zip];
  }

  /** The package as it is now: the original bytes, or the result of the last `apply`. */
  bytes(): Uint8Array {
    return this.current;
  }

  /** Whether the workbook uses the 1904 date system. */
  get date1904(): boolean {
    return this.pkg.date1904;
  }

  private styles(): StyleSheet | null {
    if (this.stylesCache === undefined) {
      const part = this.pkg.stylesPart;
      this.stylesCache = part === null ? null : new StyleSheet(this.pkg.zip.text(part));
    }
    return this.stylesCache;
  }

  async inventory(): Promise<Inventory> {
    return {
      sheets: this.pkg.sheets.filter((s) => s.worksheet).map((s) => s.name),
      tables: this.pkg.tables.map((t) => ({ name: t.table.name, sheet: t.sheet })),
    };
  }

  async read(requests: readonly ReadRequest[]): Promise<RawTable[]> {
    return readSources(
      requests,
      { pkg: this.pkg, styles: this.styles(), maxCells: this.maxCells },
      this.usedBoxes,
    );
  }

  async apply(plan: WritePlan): Promise<void> {
    if (plan.ops.length === 0) return;
    const model = new EditModel(this.pkg);
    const usedBox = async (sheet: LiveSheet) => {
      const key = sheet.name.toLowerCase();
      if (this.usedBoxes.has(key)) return this.usedBoxes.get(key) ?? null;
      if (sheet.existing === null || sheet.existing.part === null) return null;
      const [block] = await scanSheet(this.pkg.zip, sheet.existing.part, [{ kind: 'used', table: null }], {
        sheet: sheet.name,
        maxCells: this.maxCells,
        context: { date1904: false, isDateStyle: () => false, sharedRef: (i) => ({ index: i }) },
      });
      return block?.box ?? null;
    };
    for (const op of plan.ops) await applyOp({ model, usedBox }, op);
    const bytes = await serializePackage(model);
    this.current = bytes;
    this.pkg = WorkbookPackage.open(bytes);
    this.stylesCache = undefined;
    this.usedBoxes.clear();
  }
}

/** The parts of a new workbook: the workbook (no sheets yet), its styles, and the package's relationships. */
function emptyWorkbook(): Uint8Array {
  const ns = TRANSITIONAL;
  const out = new ZipWriter();
  out.add(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      `<Default Extension="rels" ContentType="${CONTENT_TYPES.relationships}"/><Default Extension="xml" ContentType="${CONTENT_TYPES.xml}"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPES.workbook}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPES.styles}"/></Types>`,
  );
  out.add(
    '_rels/.rels',
    relationshipsXml([
      {
        id: 'rId1',
        type: `${ns.relationshipTypes}/officeDocument`,
        target: 'xl/workbook.xml',
        external: false,
      },
    ]),
  );
  out.add(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<workbook xmlns="${ns.main}" xmlns:r="${ns.relationships}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>`,
  );
  out.add(
    'xl/_rels/workbook.xml.rels',
    relationshipsXml([
      { id: 'rId1', type: `${ns.relationshipTypes}/styles`, target: 'styles.xml', external: false },
    ]),
  );
  out.add('xl/styles.xml', NEW_STYLES_XML);
  return out.finish();
}
