import { chartXml, drawingXml } from '../charts/chart-parts';
import { ContentTypes } from '../opc/content-types';
import { CONTENT_TYPES } from '../opc/namespaces';
import {
  freeRelationshipId,
  isType,
  parseRelationships,
  relationshipsXml,
  relationshipXml,
  relativeTarget,
  relsPartOf,
  resolveTarget,
  type Relationship,
} from '../opc/relationships';
import { NEW_STYLES_XML, StyleSheet } from '../styles/style-sheet';
import { deflate, deflateStream, ZipWriter, type Deflated } from '../zip/zip-writer';
import { partKey } from '../zip/zip-archive';
import { resizedTableXml } from '../workbook/table-part';
import type { SheetEntry } from '../workbook/workbook-package';
import { elements, escapeAttribute, escapeText, firstElement, withAttributes } from '../xml/xml-text';
import type { EditModel, LiveSheet } from './edit-model';
import { newSheetXml, newTableXml, printAreaFormula, type NewSheet } from './new-sheet';
import { patchSheet, type PatchOutcome } from './patch-sheet';

/** Elements of a workbook part that follow `<definedNames>`, in the schema's order. */
const AFTER_DEFINED_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];
const AFTER_CALC_PR = AFTER_DEFINED_NAMES.slice(1);

/** Part names in use (lower case), and a way to draw a free one. */
class PartNames {
  private readonly taken: Set<string>;
  constructor(names: Iterable<string>) {
    this.taken = new Set([...names].map(partKey));
  }
  next(folder: string, stem: string): string {
    for (let n = 1; ; n++) {
      const name = `${folder}${stem}${n}.xml`;
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}

function insertBefore(
  xml: string,
  prefix: string,
  candidates: readonly string[],
  rootEnd: number,
  text: string,
): string {
  const at =
    candidates.map((n) => firstElement(xml, prefix, n)?.start).find((s) => s !== undefined) ?? rootEnd;
  return `${xml.slice(0, at)}${text}${xml.slice(at)}`;
}

/** The parts only the removed sheets reach through relationships (their tables, drawings, charts…). */
function orphanedParts(model: EditModel, removed: readonly SheetEntry[]): Set<string> {
  const zip = model.pkg.zip;
  const removedIds = new Set(removed.map((s) => s.relationshipId));
  const graph = new Map<string, string[]>();
  for (const entry of zip.entries) {
    const m = /^(.*)_rels\/([^/]+)\.rels$/.exec(entry.name.replace(/\\/g, '/'));
    if (m === null) continue;
    const source = `${m[1] ?? ''}${m[2] ?? ''}`;
    const fromWorkbook = source.toLowerCase() === model.pkg.workbookPart.toLowerCase();
    const targets = parseRelationships(zip.text(entry.name))
      .filter((r) => !r.external && !(fromWorkbook && removedIds.has(r.id)))
      .map((r) => resolveTarget(source, r.target).toLowerCase());
    graph.set(source.toLowerCase(), targets);
  }
  const gone = new Set<string>();
  const visit = (part: string) => {
    if (gone.has(part)) return;
    gone.add(part);
    gone.add(relsPartOf(part));
    for (const t of graph.get(part) ?? []) visit(t);
  };
  for (const s of removed) if (s.part !== null) visit(s.part.toLowerCase());
  // Keep any part that a part staying in the package still refers to.
  let changed = true;
  while (changed) {
    changed = false;
    for (const [source, targets] of graph) {
      if (gone.has(source) || source === '') continue;
      for (const t of targets)
        if (gone.has(t)) {
          gone.delete(t);
          gone.delete(relsPartOf(t));
          changed = true;
        }
    }
  }
  return gone;
}

interface NewParts {
  /** New parts, in the order they are made: small ones as text, sheets deflated as they streamed. */
  readonly texts: Map<string, string>;
  readonly deflated: Map<string, Deflated>;
}

/**
 * Writes the package the model describes: every part the run does not touch copied with its
 * compressed bytes unchanged; the patched sheets streamed through their patches; table parts,
 * styles, workbook, relationships and content types changed where the run changed them, every
 * other element and attribute kept; new sheets, tables, drawings and charts added. Where the run
 * changed cells of existing sheets, Excel is told to recalculate on load (`fullCalcOnLoad`), and a
 * calculation chain that no longer matches the cells is removed (Excel rebuilds it).
 *
 * @example const bytes = await serializePackage(model);
 */
export async function serializePackage(model: EditModel): Promise<Uint8Array> {
  const { pkg } = model;
  const zip = pkg.zip;
  const ns = pkg.namespaces;
  const folder = pkg.workbookPart.slice(0, pkg.workbookPart.lastIndexOf('/') + 1);
  const names = new PartNames(zip.entries.map((e) => e.name));
  const contentTypes = new ContentTypes(zip.text('[Content_Types].xml'));
  const relationships: Relationship[] = [...pkg.workbookRels];
  const removedRelationships = new Set<string>();

  const stylesPart = pkg.stylesPart;
  const styles = new StyleSheet(stylesPart === null ? NEW_STYLES_XML : zip.text(stylesPart));
  const parts: NewParts = { texts: new Map(), deflated: new Map() };

  // 1. Existing sheets: their patches, streamed.
  const outcome: PatchOutcome = { overwroteFormula: false };
  const patched = new Map<string, Deflated>();
  for (const [part, patch] of model.patches) {
    if (patch.writes.size === 0 && patch.blanks.length === 0) continue;
    const deflated = await deflateStream(
      patchSheet(zip, part, patch, { styles, date1904: pkg.date1904 }, outcome),
    );
    if (patch.writes.size > 0) patched.set(part, deflated);
  }
  const cellsChanged = patched.size > 0 || model.deleted.length > 0;

  // 2. Tables of existing sheets that grew.
  const changedTables = new Map<string, string>();
  for (const t of model.tables) {
    if (t.existing === null) continue;
    const original = t.existing.table;
    const b = original.box;
    if (
      t.added.length === 0 &&
      t.box.top === b.top &&
      t.box.bottom === b.bottom &&
      t.box.left === b.left &&
      t.box.right === b.right
    )
      continue;
    changedTables.set(original.part, resizedTableXml(original, t.box, t.added));
  }

  // 3. New sheets, with their tables, drawings and charts.
  let nextTableId = Math.max(0, ...pkg.tables.map((t) => t.table.id));
  let nextSheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId));
  const addedSheets: Array<{ sheet: LiveSheet; relationshipId: string; sheetId: number }> = [];
  const finalSheets = model.sheets;
  for (const live of finalSheets) {
    const created: NewSheet | null = live.created;
    if (created === null) continue;
    const sheetPart = names.next(`${folder}worksheets/`, 'sheet');
    const sheetRels: Relationship[] = [];
    const tableIds: string[] = [];
    for (const table of created.tables) {
      const tablePart = names.next(`${folder}tables/`, 'table');
      parts.texts.set(tablePart, newTableXml(table, (nextTableId += 1), ns));
      contentTypes.add(tablePart, CONTENT_TYPES.table);
      const id = freeRelationshipId(sheetRels.map((r) => r.id));
      sheetRels.push({
        id,
        type: `${ns.relationshipTypes}/table`,
        target: relativeTarget(sheetPart, tablePart),
        external: false,
      });
      tableIds.push(id);
    }
    let drawingId: string | null = null;
    if (created.charts.length > 0) {
      const drawingPart = names.next(`${folder}drawings/`, 'drawing');
      const drawingRels: Relationship[] = [];
      created.charts.forEach((chart) => {
        const chartPart = names.next(`${folder}charts/`, 'chart');
        const lookup = (row: number, column: number) => {
          const value = created.get(row, column)?.value;
          return value === undefined || (typeof value === 'object' && value !== null) ? undefined : value;
        };
        parts.texts.set(chartPart, chartXml(created.name, chart, lookup, ns));
        contentTypes.add(chartPart, CONTENT_TYPES.chart);
        drawingRels.push({
          id: freeRelationshipId(drawingRels.map((r) => r.id)),
          type: `${ns.relationshipTypes}/chart`,
          target: relativeTarget(drawingPart, chartPart),
          external: false,
        });
      });
      parts.texts.set(
        drawingPart,
        drawingXml(
          created.charts,
          drawingRels.map((r) => r.id),
          ns,
        ),
      );
      parts.texts.set(relsPartOf(drawingPart), relationshipsXml(drawingRels));
      contentTypes.add(drawingPart, CONTENT_TYPES.drawing);
      drawingId = freeRelationshipId(sheetRels.map((r) => r.id));
      sheetRels.push({
        id: drawingId,
        type: `${ns.relationshipTypes}/drawing`,
        target: relativeTarget(sheetPart, drawingPart),
        external: false,
      });
    }
    parts.deflated.set(
      sheetPart,
      await deflateStream(
        newSheetXml(
          created,
          { styles, date1904: pkg.date1904, namespaces: ns },
          { tables: tableIds, drawing: drawingId },
        ),
      ),
    );
    if (sheetRels.length > 0) parts.texts.set(relsPartOf(sheetPart), relationshipsXml(sheetRels));
    contentTypes.add(sheetPart, CONTENT_TYPES.worksheet);
    const relationshipId = freeRelationshipId(relationships.map((r) => r.id));
    relationships.push({
      id: relationshipId,
      type: `${ns.relationshipTypes}/worksheet`,
      target: relativeTarget(pkg.workbookPart, sheetPart),
      external: false,
    });
    addedSheets.push({ sheet: live, relationshipId, sheetId: (nextSheetId += 1) });
  }

  // 4. Removed sheets and what only they used; a calculation chain that no longer matches.
  const removedParts = orphanedParts(model, model.deleted);
  for (const s of model.deleted) removedRelationships.add(s.relationshipId);
  const calcChain = pkg.workbookRels.find((r) => isType(r, 'calcChain') && !r.external);
  if (calcChain !== undefined && (outcome.overwroteFormula || model.deleted.length > 0)) {
    const part = resolveTarget(pkg.workbookPart, calcChain.target);
    removedParts.add(part.toLowerCase());
    removedRelationships.add(calcChain.id);
  }
  for (const part of removedParts) contentTypes.remove(part);

  // 5. Styles (a workbook without a styles part gets one).
  let stylesXml: string | null = null;
  let stylesName = stylesPart;
  if (styles.changed || (stylesPart === null && addedSheets.length > 0)) {
    stylesXml = styles.xml();
    if (stylesName === null) {
      stylesName = `${folder}styles.xml`;
      contentTypes.add(stylesName, CONTENT_TYPES.styles);
      relationships.push({
        id: freeRelationshipId(relationships.map((r) => r.id)),
        type: `${ns.relationshipTypes}/styles`,
        target: relativeTarget(pkg.workbookPart, stylesName),
        external: false,
      });
      parts.texts.set(stylesName, stylesXml);
      stylesXml = null;
    }
  }

  // 6. The workbook part.
  const workbookXml = workbookPartXml(model, addedSheets, cellsChanged || outcome.overwroteFormula);

  // 7. The workbook's relationships.
  const relsPart = relsPartOf(pkg.workbookPart);
  const originalRels = zip.has(relsPart) ? zip.text(relsPart) : null;
  const newRelationships = relationships.slice(pkg.workbookRels.length);
  let relsXml: string | null = null;
  if (originalRels === null)
    relsXml = relationshipsXml(relationships.filter((r) => !removedRelationships.has(r.id)));
  else if (newRelationships.length > 0 || removedRelationships.size > 0) {
    relsXml = originalRels.replace(
      /<(?:\w+:)?Relationship(?=[\s/>])[^>]*?(?:\/>|>\s*<\/(?:\w+:)?Relationship>)/g,
      (whole) => {
        const id = /\sId\s*=\s*["']([^"']*)["']/.exec(whole)?.[1];
        return id !== undefined && removedRelationships.has(id) ? '' : whole;
      },
    );
    const prefix = /<(\w+:)?Relationships[\s>]/.exec(relsXml)?.[1] ?? '';
    const end = relsXml.lastIndexOf(`</${prefix}Relationships>`);
    const added = newRelationships
      .map((r) => relationshipXml(r).replace('<Relationship', `<${prefix}Relationship`))
      .join('');
    relsXml = end < 0 ? relsXml : `${relsXml.slice(0, end)}${added}${relsXml.slice(end)}`;
  }

  // 8. Write the archive: each original entry in order, then the new ones.
  const out = new ZipWriter();
  const replaced = new Map<string, string>();
  if (workbookXml !== pkg.workbookXml) replaced.set(pkg.workbookPart.toLowerCase(), workbookXml);
  if (relsXml !== null) replaced.set(relsPart.toLowerCase(), relsXml);
  if (stylesXml !== null && stylesName !== null) replaced.set(stylesName.toLowerCase(), stylesXml);
  for (const [part, xml] of changedTables) replaced.set(part.toLowerCase(), xml);
  const written = new Set<string>();
  for (const entry of zip.entries) {
    const key = partKey(entry.name);
    if (removedParts.has(key) || written.has(key)) continue;
    written.add(key);
    if (key === '[content_types].xml' && contentTypes.changed) {
      out.add(entry.name, contentTypes.xml());
      continue;
    }
    const stream = [...patched.entries()].find(([p]) => p.toLowerCase() === key)?.[1];
    if (stream !== undefined) out.addDeflated(entry.name, stream);
    else if (replaced.has(key)) out.add(entry.name, replaced.get(key) ?? '');
    else out.copy(zip, entry);
  }
  if (relsXml !== null && !zip.has(relsPart)) out.add(relsPart, relsXml);
  for (const [part, text] of parts.texts) out.addDeflated(part, deflate(text));
  for (const [part, deflated] of parts.deflated) out.addDeflated(part, deflated);
  return out.finish();
}

/** The workbook part with the run's sheets added and removed, print areas, and recalculation on load. */
function workbookPartXml(
  model: EditModel,
  added: ReadonlyArray<{ sheet: LiveSheet; relationshipId: string; sheetId: number }>,
  recalculate: boolean,
): string {
  const { pkg } = model;
  const p = pkg.prefix === '' ? '' : `${pkg.prefix}:`;
  let xml = pkg.workbookXml;
  // A prefix for the relationships namespace declared on the root (openpyxl declares it on each
  // <sheet> instead: a new <sheet> then declares it too).
  const root = firstElement(xml, pkg.prefix, 'workbook');
  const relPrefix = Object.entries(root?.attributes ?? {})
    .find(([name, value]) => name.startsWith('xmlns:') && value === pkg.namespaces.relationships)?.[0]
    .slice('xmlns:'.length);
  const rid = (id: string) =>
    relPrefix === undefined
      ? `r:id="${id}" xmlns:r="${pkg.namespaces.relationships}"`
      : `${relPrefix}:id="${id}"`;

  // Sheets: removed ones out, new ones at the end, in tab order.
  const deletedIds = new Set(model.deleted.map((s) => s.relationshipId));
  const deletedIndexes = pkg.sheets.flatMap((s, i) => (deletedIds.has(s.relationshipId) ? [i] : []));
  if (deletedIds.size > 0) {
    const sheetElements = [...elements(xml, pkg.prefix, 'sheet')];
    for (const e of sheetElements.reverse()) {
      const id = Object.entries(e.attributes).find(([k]) => k.endsWith(':id'))?.[1];
      if (id !== undefined && deletedIds.has(id)) xml = `${xml.slice(0, e.start)}${xml.slice(e.end)}`;
    }
  }
  const sheetsElement = firstElement(xml, pkg.prefix, 'sheets');
  if (sheetsElement !== undefined && added.length > 0) {
    const text = added
      .map(
        (a) =>
          `<${p}sheet name="${escapeAttribute(a.sheet.name)}" sheetId="${a.sheetId}" ${rid(a.relationshipId)}/>`,
      )
      .join('');
    if (sheetsElement.selfClosing)
      xml = `${xml.slice(0, sheetsElement.start)}<${p}sheets>${text}</${p}sheets>${xml.slice(sheetsElement.end)}`;
    else xml = `${xml.slice(0, sheetsElement.innerEnd)}${text}${xml.slice(sheetsElement.innerEnd)}`;
  }

  // Defined names: local names of removed sheets out, later sheets' indexes moved down, print areas in.
  const shift = (index: number) => index - deletedIndexes.filter((d) => d < index).length;
  if (deletedIndexes.length > 0) {
    for (const e of [...elements(xml, pkg.prefix, 'definedName')].reverse()) {
      const local = e.attributes['localSheetId'];
      if (local === undefined) continue;
      const n = Number(local);
      if (deletedIndexes.includes(n)) xml = `${xml.slice(0, e.start)}${xml.slice(e.end)}`;
      else if (shift(n) !== n) xml = withAttributes(xml, e.start, { localSheetId: String(shift(n)) });
    }
    const views = firstElement(xml, pkg.prefix, 'workbookView');
    if (views !== undefined) {
      const count = model.sheets.length;
      const clamp = (v: string | undefined) =>
        v === undefined ? null : String(Math.min(shift(Number(v)), count - 1));
      const changes: Record<string, string | null> = {};
      const active = clamp(views.attributes['activeTab']);
      const first = clamp(views.attributes['firstSheet']);
      if (active !== null) changes['activeTab'] = active;
      if (first !== null) changes['firstSheet'] = first;
      if (Object.keys(changes).length > 0) xml = withAttributes(xml, views.start, changes);
    }
  }
  const printAreas = model.sheets.flatMap((s, index) =>
    s.created?.print === null || s.created === null || s.created.print === null
      ? []
      : [
          `<${p}definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeText(printAreaFormula(s.name, s.created.print.area))}</${p}definedName>`,
        ],
  );
  if (printAreas.length > 0) {
    const names = firstElement(xml, pkg.prefix, 'definedNames');
    const root = firstElement(xml, pkg.prefix, 'workbook');
    if (names !== undefined && !names.selfClosing)
      xml = `${xml.slice(0, names.innerEnd)}${printAreas.join('')}${xml.slice(names.innerEnd)}`;
    else if (names !== undefined)
      xml = `${xml.slice(0, names.start)}<${p}definedNames>${printAreas.join('')}</${p}definedNames>${xml.slice(names.end)}`;
    else
      xml = insertBefore(
        xml,
        pkg.prefix,
        AFTER_DEFINED_NAMES,
        root?.innerEnd ?? xml.length,
        `<${p}definedNames>${printAreas.join('')}</${p}definedNames>`,
      );
  }
  // Emptied definedNames (every name was local to a removed sheet) are not allowed: drop the element.
  xml = xml.replace(new RegExp(`<${p}definedNames>\\s*</${p}definedNames>`), '');

  if (recalculate) {
    const calc = firstElement(xml, pkg.prefix, 'calcPr');
    const root = firstElement(xml, pkg.prefix, 'workbook');
    if (calc !== undefined) xml = withAttributes(xml, calc.start, { fullCalcOnLoad: '1' });
    else
      xml = insertBefore(
        xml,
        pkg.prefix,
        AFTER_CALC_PR,
        root?.innerEnd ?? xml.length,
        `<${p}calcPr fullCalcOnLoad="1"/>`,
      );
  }
  return xml;
}
