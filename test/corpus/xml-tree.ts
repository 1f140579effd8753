/**
 * A small namespace-aware XML reader for comparing package parts in tests: elements with their
 * expanded names (`{namespace}local`), attributes and text. Comments, processing instructions and
 * namespace declarations are dropped: two parts that differ only in prefixes or in where a namespace
 * is declared read the same.
 */

/** An element: expanded name, attributes by expanded name, children in document order. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlNode[];
}

/** A child node: an element or a run of text (entities decoded). */
export type XmlNode = XmlElement | string;

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

interface Open {
  readonly rawName: string;
  readonly rawAttributes: ReadonlyArray<readonly [string, string]>;
  readonly scope: ReadonlyMap<string, string>;
  readonly children: XmlNode[];
}

function expand(rawName: string, scope: ReadonlyMap<string, string>, isAttribute: boolean): string {
  const colon = rawName.indexOf(':');
  if (colon < 0) {
    if (isAttribute) return rawName;
    const ns = scope.get('');
    return ns === undefined || ns === '' ? rawName : `{${ns}}${rawName}`;
  }
  const prefix = rawName.slice(0, colon);
  const local = rawName.slice(colon + 1);
  const ns = prefix === 'xml' ? XML_NAMESPACE : scope.get(prefix);
  if (ns === undefined) throw new Error(`undeclared namespace prefix "${prefix}" in <${rawName}>`);
  return `{${ns}}${local}`;
}

function close(open: Open): XmlElement {
  const attributes = new Map<string, string>();
  for (const [name, value] of open.rawAttributes) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    attributes.set(expand(name, open.scope, true), value);
  }
  return { name: expand(open.rawName, open.scope, false), attributes, children: open.children };
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/**
 * Parses a part's XML into its root element. Throws on XML that is not well-formed enough to read
 * (unclosed or mismatched tags, an undeclared prefix).
 *
 * @example parseXml('<a xmlns="urn:x" b="1">t</a>') // { name: '{urn:x}a', attributes: {b → '1'}, children: ['t'] }
 */
export function parseXml(xml: string): XmlElement {
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  const text = (value: string): void => {
    const top = stack[stack.length - 1];
    if (top !== undefined && value !== '') top.children.push(value);
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      text(decode(xml.slice(i)));
      break;
    }
    text(decode(xml.slice(i, lt)));
    if (xml.startsWith('<?', lt)) {
      i = xml.indexOf('?>', lt) + 2;
    } else if (xml.startsWith('<!--', lt)) {
      i = xml.indexOf('-->', lt) + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      text(xml.slice(lt + 9, end));
      i = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      i = xml.indexOf('>', lt) + 1;
    } else if (xml.startsWith('</', lt)) {
      const gt = xml.indexOf('>', lt);
      const name = xml.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (open?.rawName !== name) throw new Error(`</${name}> closes <${open?.rawName ?? 'nothing'}>`);
      const element = close(open);
      const parent = stack[stack.length - 1];
      if (parent === undefined) root = element;
      else parent.children.push(element);
      i = gt + 1;
    } else {
      let gt: number;
      let quote = '';
      for (gt = lt + 1; gt < xml.length; gt++) {
        const c = xml[gt];
        if (quote !== '') {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      const selfClosing = xml[gt - 1] === '/';
      const body = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const nameEnd = body.search(/[\s/]|$/);
      const rawName = body.slice(0, nameEnd);
      const rawAttributes: Array<readonly [string, string]> = [];
      for (const m of body.slice(nameEnd).matchAll(ATTRIBUTE)) {
        rawAttributes.push([m[1] ?? '', decode(m[3] ?? m[4] ?? '')]);
      }
      const scope = new Map(stack[stack.length - 1]?.scope ?? []);
      for (const [name, value] of rawAttributes) {
        if (name === 'xmlns') scope.set('', value);
        else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
      }
      const open: Open = { rawName, rawAttributes, scope, children: [] };
      if (selfClosing) {
        const element = close(open);
        const parent = stack[stack.length - 1];
        if (parent === undefined) root = element;
        else parent.children.push(element);
      } else {
        stack.push(open);
      }
      i = gt + 1;
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]?.rawName ?? ''}> is never closed`);
  if (root === undefined) throw new Error('no root element');
  return root;
}

/** The local part of an expanded name: `{urn:x}sheet` → `sheet`. */
export function localName(name: string): string {
  return name.slice(name.indexOf('}') + 1);
}

/** The element children of an element. */
export function elementsOf(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string');
}

/** The text of an element when it has no element children (a leaf), else null. */
export function leafText(element: XmlElement): string | null {
  if (element.children.some((c) => typeof c !== 'string')) return null;
  return element.children.join('');
}
