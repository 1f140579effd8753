import { PackageError } from '../package-error';
import { ContentTypes } from '../opc/content-types';
import { namespacesOf, type Namespaces } from '../opc/namespaces';
import {
  isType,
  parseRelationships,
  relsPartOf,
  resolveTarget,
  type Relationship,
} from '../opc/relationships';
import { ZipArchive } from '../zip/zip-archive';
import { elements, firstElement, localAttribute, rootPrefix } from '../xml/xml-text';
import { parseTablePart, type TablePart } from './table-part';

/** A sheet of the workbook, in tab order. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  /** The sheet's part (`xl/worksheets/sheet1.xml`); `null` when its relationship is broken. */
  readonly part: string | null;
  /** A worksheet (cells), or a chart sheet, dialog sheet or macro sheet. */
  readonly worksheet: boolean;
}

export interface TableEntry {
  readonly sheet: string;
  readonly sheetPart: string;
  readonly relationshipId: string;
  readonly table: TablePart;
}

/** A defined name of the workbook (`_xlnm.Print_Area`, a user's named range). */
export interface DefinedName {
  readonly name: string;
  readonly localSheetId: number | null;
}

/**
 * The structure of an `.xlsx` (or `.xlsm`) package, read from its small parts: the workbook part,
 * its relationships, the sheets in tab order, every table with its sheet, the defined names, the
 * date system and the namespaces in use. No sheet's cells are read here.
 *
 * @example
 * const pkg = WorkbookPackage.open(bytes);
 * pkg.sheets.map((s) => s.name) // ['Campaigns', 'Tasks', …]
 */
export class WorkbookPackage {
  private constructor(
    readonly zip: ZipArchive,
    readonly contentTypes: ContentTypes,
    /** The workbook part's name (`xl/workbook.xml`). */
    readonly workbookPart: string,
    readonly workbookXml: string,
    readonly workbookRels: readonly Relationship[],
    readonly sheets: readonly SheetEntry[],
    readonly tables: readonly TableEntry[],
    readonly definedNames: readonly DefinedName[],
    readonly date1904: boolean,
    readonly namespaces: Namespaces,
    /** The prefix of SpreadsheetML elements in the workbook part (`''` for none). */
    readonly prefix: string,
  ) {}

  /** Whether the workbook's structure is protected (`<workbookProtection lockStructure="1">`): Excel adds and removes no sheet then. */
  get structureLocked(): boolean {
    const lock = firstElement(this.workbookXml, this.prefix, 'workbookProtection')?.attributes[
      'lockStructure'
    ];
    return lock === '1' || lock === 'true';
  }

  /** Opens a package; throws a `PackageError` when it is not a readable workbook. */
  static open(bytes: Uint8Array): WorkbookPackage {
    const zip = ZipArchive.open(bytes);
    if (!zip.has('[Content_Types].xml')) throw new PackageError({ code: 'no_workbook' });
    const contentTypes = new ContentTypes(zip.text('[Content_Types].xml'));
    const rootRels = zip.has('_rels/.rels') ? parseRelationships(zip.text('_rels/.rels')) : [];
    const main = rootRels.find((r) => isType(r, 'officeDocument') && !r.external);
    const workbookPart = main === undefined ? 'xl/workbook.xml' : resolveTarget('', main.target);
    if (!zip.has(workbookPart) || !/spreadsheetml|ms-excel/i.test(contentTypes.typeOf(workbookPart) ?? ''))
      throw new PackageError({ code: 'no_workbook' });
    const workbookXml = zip.text(workbookPart);
    const prefix = rootPrefix(workbookXml);
    const relsPart = relsPartOf(workbookPart);
    const workbookRels = zip.has(relsPart) ? parseRelationships(zip.text(relsPart)) : [];
    const byId = new Map(workbookRels.map((r) => [r.id, r]));

    const sheets: SheetEntry[] = [];
    for (const s of elements(workbookXml, prefix, 'sheet')) {
      const id = localAttribute(s.attributes, 'id') ?? '';
      const rel = byId.get(id);
      const part = rel === undefined || rel.external ? null : resolveTarget(workbookPart, rel.target);
      sheets.push({
        name: s.attributes['name'] ?? '',
        sheetId: Number(s.attributes['sheetId'] ?? 0),
        relationshipId: id,
        part: part !== null && zip.has(part) ? (zip.find(part)?.name ?? part) : null,
        worksheet: rel !== undefined && isType(rel, 'worksheet'),
      });
    }

    const tables: TableEntry[] = [];
    for (const sheet of sheets) {
      if (sheet.part === null || !sheet.worksheet) continue;
      const rels = relsPartOf(sheet.part);
      if (!zip.has(rels)) continue;
      for (const r of parseRelationships(zip.text(rels))) {
        if (!isType(r, 'table') || r.external) continue;
        const part = resolveTarget(sheet.part, r.target);
        const entry = zip.find(part);
        if (entry === undefined) throw new PackageError({ code: 'missing_part', part });
        tables.push({
          sheet: sheet.name,
          sheetPart: sheet.part,
          relationshipId: r.id,
          table: parseTablePart(entry.name, zip.text(entry.name)),
        });
      }
    }

    const definedNames: DefinedName[] = [];
    for (const d of elements(workbookXml, prefix, 'definedName')) {
      const local = d.attributes['localSheetId'];
      definedNames.push({
        name: d.attributes['name'] ?? '',
        localSheetId: local === undefined ? null : Number(local),
      });
    }
    const properties = firstElement(workbookXml, prefix, 'workbookPr')?.attributes ?? {};
    const date1904 = properties['date1904'] === '1' || properties['date1904'] === 'true';
    return new WorkbookPackage(
      zip,
      contentTypes,
      workbookPart,
      workbookXml,
      workbookRels,
      sheets,
      tables,
      definedNames,
      date1904,
      namespacesOf(workbookXml),
      prefix,
    );
  }

  /** The sheet called `name` (case ignored), or `undefined`. */
  sheet(name: string): SheetEntry | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** The table called `name` (case ignored), or `undefined`. */
  table(name: string): TableEntry | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.table.name.toLowerCase() === key);
  }

  /** The part holding the styles (`xl/styles.xml`), or `null`. */
  get stylesPart(): string | null {
    const rel = this.workbookRels.find((r) => isType(r, 'styles') && !r.external);
    const part = rel === undefined ? null : resolveTarget(this.workbookPart, rel.target);
    return part !== null && this.zip.has(part) ? part : null;
  }

  /** The shared strings part, or `null`. */
  get sharedStringsPart(): string | null {
    const rel = this.workbookRels.find((r) => isType(r, 'sharedStrings') && !r.external);
    const part = rel === undefined ? null : resolveTarget(this.workbookPart, rel.target);
    return part !== null && this.zip.has(part) ? part : null;
  }
}
