import JSZip from 'jszip';
import { tagsNamed, uncalculatedCells } from './xml-scan';

/** What a table part says that ExcelJS 4.4 misreads (docs/cli.md, "ExcelJS and tables"). */
export interface TableFacts {
  /** `headerRowCount` is absent (the default, 1) or 1. ExcelJS reads an absent one as 0. */
  readonly headerRow: boolean;
  readonly autoFilter: boolean;
  /** Column indexes (0-based `colId`) whose filter button is hidden. */
  readonly hiddenButtons: ReadonlySet<number>;
}

/** Parts of the package that ExcelJS drops when it writes the workbook again. */
export interface DroppedParts {
  readonly charts: number;
  readonly pivotTables: number;
  readonly slicers: number;
}

export interface PackageFacts {
  /** By table name. */
  readonly tables: ReadonlyMap<string, TableFacts>;
  /** By sheet name: cells holding a formula that was never calculated (no saved value). */
  readonly uncalculated: ReadonlyMap<string, ReadonlySet<string>>;
  readonly dropped: DroppedParts;
}

export const NO_PACKAGE_FACTS: PackageFacts = {
  tables: new Map(),
  uncalculated: new Map(),
  dropped: { charts: 0, pivotTables: 0, slicers: 0 },
};

function tableFacts(xml: string): { name: string; facts: TableFacts } | null {
  const table = tagsNamed(xml, 'table')[0];
  const name = table?.['name'];
  if (table === undefined || name === undefined) return null;
  const hidden = new Set<number>();
  for (const column of tagsNamed(xml, 'filterColumn')) {
    if (column['hiddenButton'] === '1' || column['hiddenButton'] === 'true') {
      hidden.add(Number(column['colId']));
    }
  }
  return {
    name,
    facts: {
      headerRow: (table['headerRowCount'] ?? '1') !== '0',
      autoFilter: tagsNamed(xml, 'autoFilter').length > 0,
      hiddenButtons: hidden,
    },
  };
}

/** Worksheet part path by sheet name, from the workbook part and its relationships. */
function sheetParts(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const rel of tagsNamed(relsXml, 'Relationship')) {
    const id = rel['Id'];
    const target = rel['Target'];
    if (id === undefined || target === undefined) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const sheet of tagsNamed(workbookXml, 'sheet')) {
    const rid = Object.entries(sheet).find(([k]) => k.endsWith(':id'))?.[1];
    const path = rid === undefined ? undefined : targets.get(rid);
    if (sheet['name'] !== undefined && path !== undefined) parts.set(sheet['name'], path);
  }
  return parts;
}

async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async('string')) ?? '';
}

const count = (names: readonly string[], pattern: RegExp): number =>
  names.filter((n) => pattern.test(n)).length;

/**
 * Reads, straight from the `.xlsx` package, the facts ExcelJS loses on load: each table's header
 * row and filter buttons, the formulas without a saved result, and the parts it cannot write back.
 *
 * @example
 * const facts = await readPackageFacts(await fs.readFile('plan.xlsx'));
 * facts.tables.get('Tasks')?.headerRow // true
 */
export async function readPackageFacts(data: Uint8Array): Promise<PackageFacts> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files);

  const tables = new Map<string, TableFacts>();
  for (const path of names.filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
    const found = tableFacts(await text(zip, path));
    if (found !== null) tables.set(found.name, found.facts);
  }

  const uncalculated = new Map<string, ReadonlySet<string>>();
  const parts = sheetParts(await text(zip, 'xl/workbook.xml'), await text(zip, 'xl/_rels/workbook.xml.rels'));
  for (const [sheet, path] of parts) {
    const cells = uncalculatedCells(await text(zip, path));
    if (cells.length > 0) uncalculated.set(sheet, new Set(cells));
  }

  return {
    tables,
    uncalculated,
    dropped: {
      charts: count(names, /^xl\/charts\/chart[^/]*\.xml$/),
      pivotTables: count(names, /^xl\/pivotTables\/[^/]+\.xml$/),
      slicers: count(names, /^xl\/slicers\/[^/]+\.xml$/),
    },
  };
}
