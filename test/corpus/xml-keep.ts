import { elementsOf, leafText, localName, parseXml, type XmlElement } from './xml-tree';

/**
 * How the original children of an element must reappear in the new version of a part:
 * - `prefix`: first, in order, with nothing inserted between them (their index is their identity:
 *   style records, shared strings, sheets);
 * - `ordered`: in order, other children may be inserted anywhere;
 * - `unordered`: anywhere (content types, relationships, defined names).
 */
export type ChildOrder = 'prefix' | 'ordered' | 'unordered';

/** What a writer that owns a part may change in it; everything else must still be there. */
export interface KeepRules {
  /** How each element's original children must reappear, by the element's local name (default `ordered`). */
  readonly order?: Readonly<Record<string, ChildOrder>>;
  /** Elements the writer owns whole (their content is not compared), by local name. */
  readonly free?: readonly string[];
  /** Attributes whose value may change (a count), by local name. */
  readonly mutableAttributes?: readonly string[];
}

/** Attributes that name an element in a message (`definedName[name="Total" localSheetId="1"]`). */
const IDENTITY = ['name', 'localSheetId', 'Id', 'PartName', 'Extension', 'r', 'id', 'sheetId', 'uri', 'ref'];

function label(element: XmlElement): string {
  const keys = IDENTITY.filter((k) => element.attributes.has(k)).map(
    (k) => `${k}="${element.attributes.get(k) ?? ''}"`,
  );
  return keys.length === 0 ? localName(element.name) : `${localName(element.name)}[${keys.join(' ')}]`;
}

function sameIdentity(a: XmlElement, b: XmlElement): boolean {
  if (a.name !== b.name) return false;
  return IDENTITY.every((k) => a.attributes.get(k) === b.attributes.get(k));
}

function compare(before: XmlElement, after: XmlElement, path: string, rules: KeepRules, out: string[]): void {
  const mutable = rules.mutableAttributes ?? [];
  for (const [name, value] of before.attributes) {
    const now = after.attributes.get(name);
    if (now === undefined) out.push(`${path}/@${localName(name)}: removed (was "${value}")`);
    else if (now !== value && !mutable.includes(localName(name))) {
      out.push(`${path}/@${localName(name)}: "${value}" became "${now}"`);
    }
  }
  const local = localName(before.name);
  if (rules.free?.includes(local)) return;
  const text = leafText(before);
  if (text !== null && text !== '' && leafText(after) !== text) {
    out.push(`${path}: text "${text}" became "${leafText(after) ?? '(elements)'}"`);
  }
  const was = elementsOf(before);
  const now = elementsOf(after);
  const order = rules.order?.[local] ?? 'ordered';
  if (order === 'prefix') {
    was.forEach((child, i) => {
      const there = now[i];
      const at = `${path}/${label(child)}`;
      if (there === undefined) out.push(`${at}: missing (child ${i + 1} of ${was.length})`);
      else if (there.name !== child.name) {
        out.push(`${at}: child ${i + 1} is now ${label(there)} (records before it moved or went)`);
      } else compare(child, there, `${path}/${label(child)}[${i + 1}]`, rules, out);
    });
    return;
  }
  const used = new Set<number>();
  let from = 0;
  for (const child of was) {
    const at = `${path}/${label(child)}`;
    const start = order === 'ordered' ? from : 0;
    let found = -1;
    for (let k = start; k < now.length && found < 0; k++) {
      const candidate = now[k];
      if (used.has(k) || candidate === undefined || candidate.name !== child.name) continue;
      const probe: string[] = [];
      compare(child, candidate, at, rules, probe);
      if (probe.length === 0) found = k;
    }
    if (found >= 0) {
      used.add(found);
      from = found + 1;
      continue;
    }
    const twin = now.findIndex((c, k) => !used.has(k) && sameIdentity(child, c));
    const twinElement = now[twin];
    if (twinElement !== undefined) {
      used.add(twin);
      const before = out.length;
      compare(child, twinElement, at, rules, out);
      if (out.length === before) out.push(`${at}: moved out of order`);
    } else out.push(`${at}: missing`);
  }
}

/**
 * What a new version of an owned part lost of the old one: every element, attribute and text of
 * `before` must be in `after`, under the rules. An empty list means nothing was lost.
 *
 * @example keptIssues('<a x="1"><b/></a>', '<a x="1"><b/><c/></a>', {}) // []
 * @example keptIssues('<a x="1"><b/></a>', '<a><c/></a>', {}) // ['/a/@x: removed (was "1")', '/a/b: missing']
 */
export function keptIssues(before: string, after: string, rules: KeepRules): string[] {
  const a = parseXml(before);
  const b = parseXml(after);
  if (a.name !== b.name) return [`/${localName(a.name)}: the root is now ${b.name}`];
  const out: string[] = [];
  compare(a, b, `/${localName(a.name)}`, rules, out);
  return out;
}
