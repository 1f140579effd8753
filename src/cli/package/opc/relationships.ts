import { attributesOf, escapeAttribute } from '../xml/xml-text';

/** One relationship of a part (`xl/_rels/workbook.xml.rels`). */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as written (relative to the source part's folder, or absolute from the root). */
  readonly target: string;
  readonly external: boolean;
}

/**
 * The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package
 * itself (`''`) → `_rels/.rels`.
 *
 * @example relsPartOf('xl/worksheets/sheet1.xml') // 'xl/worksheets/_rels/sheet1.xml.rels'
 */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The part a relationship target names, as a zip entry name (no leading slash), resolved against
 * the folder of the source part; `..` and `.` are followed, `%20`-style escapes decoded.
 *
 * @example resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml') // 'xl/worksheets/sheet1.xml'
 * @example resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet1.xml') // 'xl/worksheets/sheet1.xml'
 * @example resolveTarget('xl/worksheets/sheet1.xml', '../tables/table1.xml') // 'xl/tables/table1.xml'
 */
export function resolveTarget(source: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A target with a lone % is taken as written.
  }
  const base = decoded.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/**
 * The target to write in `source`'s relationships for the part `target`, relative to the source's
 * folder (as Excel writes them).
 *
 * @example relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet7.xml') // 'worksheets/sheet7.xml'
 * @example relativeTarget('xl/worksheets/sheet7.xml', 'xl/tables/table3.xml') // '../tables/table3.xml'
 */
export function relativeTarget(source: string, target: string): string {
  const from = source.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/**
 * The relationships listed in a `.rels` part.
 *
 * @example parseRelationships('<Relationship Id="rId1" Type="…/worksheet" Target="worksheets/sheet1.xml"/>')[0]?.id // 'rId1'
 */
export function parseRelationships(xml: string): Relationship[] {
  const found: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship(?=[\s/>])([^>]*)>/g)) {
    const a = attributesOf(m[1] ?? '');
    const { Id: id, Type: type, Target: target } = a;
    if (id === undefined || type === undefined || target === undefined) continue;
    found.push({ id, type, target, external: a['TargetMode'] === 'External' });
  }
  return found;
}

/**
 * Whether a relationship's type is `kind` (`worksheet`, `table`, …), whether the package uses the
 * Transitional or the Strict namespaces.
 *
 * @example isType({ type: 'http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet' }, 'worksheet') // true
 */
export function isType(relationship: Pick<Relationship, 'type'>, kind: string): boolean {
  return relationship.type.endsWith(`/${kind}`);
}

/** A new relationships part holding `relationships`. */
export function relationshipsXml(relationships: readonly Relationship[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships
    .map(relationshipXml)
    .join('')}</Relationships>`;
}

/** One `<Relationship>` element. */
export function relationshipXml(r: Relationship): string {
  return `<Relationship Id="${escapeAttribute(r.id)}" Type="${escapeAttribute(r.type)}" Target="${escapeAttribute(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`;
}

/**
 * A relationship id not used yet among `taken` (`rId7`).
 *
 * @example freeRelationshipId(['rId1', 'rId3']) // 'rId4'
 */
export function freeRelationshipId(taken: Iterable<string>): string {
  let max = 0;
  const used = new Set<string>();
  for (const id of taken) {
    used.add(id);
    const m = /^rId(\d+)$/.exec(id);
    if (m !== null) max = Math.max(max, Number(m[1]));
  }
  let n = max + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}
