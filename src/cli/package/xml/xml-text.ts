/**
 * Just enough XML for the parts of a workbook package: decoding and encoding text and attribute
 * values, reading one start tag's attributes, and finding elements by local name. Not a general
 * parser: package parts are machine-written, without DTDs; comments and CDATA are tolerated where
 * noted.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * Decodes the five XML entities and numeric character references.
 *
 * @example decodeXml('R&amp;D') // 'R&D'
 */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return Object.hasOwn(ENTITIES, name) ? (ENTITIES[name] ?? whole) : whole;
  });
}

/**
 * Text as element content: `&`, `<` and `>` escaped.
 *
 * @example escapeText('a < b & c') // 'a &lt; b &amp; c'
 */
export function escapeText(text: string): string {
  if (!/[&<>]/.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text as an attribute value in double quotes (line breaks and tabs kept as references, since XML
 * would turn them into spaces).
 *
 * @example escapeAttribute('Q3 "launch"') // 'Q3 &quot;launch&quot;'
 */
export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/**
 * Decodes SpreadsheetML's escapes of characters XML cannot hold (`_x000D_` for a carriage return);
 * `_x005F_` escapes a literal underscore before such a sequence.
 *
 * @example decodeExcelEscapes('a_x000D_b') // 'a\rb'
 */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Escapes what a cell's text cannot hold literally, the way Excel does (`_xHHHH_`): control
 * characters (XML forbids most, and turns a carriage return into a line feed), and text that already
 * looks like such an escape.
 *
 * @example escapeCellText('a\rb') // 'a_x000D_b'
 * @example escapeCellText('_x0041_') // '_x005F_x0041_'
 */
export function escapeCellText(text: string): string {
  // eslint-disable-next-line no-control-regex -- the characters escaped below, and `_x`
  if (!/_x|[\u0000-\u0008\u000b-\u000d\u000e-\u001f\u007f\ufffe\uffff]/.test(text)) return text;
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(
    // eslint-disable-next-line no-control-regex -- these are exactly the characters to escape
    /[\u0000-\u0008\u000b-\u000d\u000e-\u001f\u007f\ufffe\uffff]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/**
 * The attributes of one start tag (or the text after its name), decoded, by name as written
 * (namespace prefixes kept: `r:id`).
 *
 * @example attributesOf('<sheet name="A &amp; B" r:id="rId1"/>') // { name: 'A & B', 'r:id': 'rId1' }
 */
export function attributesOf(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1];
    if (name !== undefined) result[name] = decodeXml(m[2] ?? m[3] ?? '');
  }
  return result;
}

/**
 * The value of the attribute whose local name is `local` (any prefix), or `undefined`.
 *
 * @example localAttribute({ 'r:id': 'rId1' }, 'id') // 'rId1'
 */
export function localAttribute(
  attributes: Readonly<Record<string, string>>,
  local: string,
): string | undefined {
  for (const [name, value] of Object.entries(attributes)) {
    const colon = name.indexOf(':');
    if ((colon < 0 ? name : name.slice(colon + 1)) === local && name !== `xmlns:${local}`) return value;
  }
  return undefined;
}

/** One element found in a text. Offsets are into that text. */
export interface FoundElement {
  /** Where `<` of the start tag is. */
  readonly start: number;
  /** Just after the start tag's `>`. */
  readonly openEnd: number;
  /** Where the content ends (the `<` of the end tag); `openEnd` for an empty element. */
  readonly innerEnd: number;
  /** Just after the element. */
  readonly end: number;
  /** The tag's name as written (`x:sheet`). */
  readonly tag: string;
  readonly attributes: Record<string, string>;
  readonly selfClosing: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Elements named `local` with the prefix `prefix` (`''` for none) in `xml` from `from`, in order.
 * Elements of the same name nested in each other are not expected (none are in the parts read).
 *
 * @example [...elements('<a><b x="1"/><b>t</b></a>', '', 'b')].map((e) => e.attributes.x ?? '') // ['1', '']
 */
export function* elements(xml: string, prefix: string, local: string, from = 0): Generator<FoundElement> {
  const tag = prefix === '' ? local : `${prefix}:${local}`;
  const pattern = new RegExp(`<${escapeRegExp(tag)}(?=[\\s/>])`, 'g');
  pattern.lastIndex = from;
  for (let m = pattern.exec(xml); m !== null; m = pattern.exec(xml)) {
    const start = m.index;
    const close = xml.indexOf('>', start);
    if (close < 0) return;
    const selfClosing = xml[close - 1] === '/';
    const attributes = attributesOf(xml.slice(start + tag.length + 1, selfClosing ? close - 1 : close));
    if (selfClosing) {
      yield { start, openEnd: close + 1, innerEnd: close + 1, end: close + 1, tag, attributes, selfClosing };
      pattern.lastIndex = close + 1;
      continue;
    }
    const endTag = `</${tag}>`;
    const innerEnd = xml.indexOf(endTag, close + 1);
    if (innerEnd < 0) return;
    const end = innerEnd + endTag.length;
    yield { start, openEnd: close + 1, innerEnd, end, tag, attributes, selfClosing };
    pattern.lastIndex = end;
  }
}

/**
 * The first element named `local` (see `elements`), or `undefined`.
 *
 * @example firstElement('<a><b/></a>', '', 'b')?.start // 3
 */
export function firstElement(xml: string, prefix: string, local: string, from = 0): FoundElement | undefined {
  for (const e of elements(xml, prefix, local, from)) return e;
  return undefined;
}

/**
 * The prefix the root element of a part uses (`''` when it has none): `<x:worksheet …>` gives `x`.
 * Producers such as the Open XML SDK write every element of a part with a prefix.
 *
 * @example rootPrefix('<?xml version="1.0"?><x:worksheet xmlns:x="…">') // 'x'
 */
export function rootPrefix(xml: string): string {
  const m = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s/>]/.exec(
    xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''),
  );
  return m?.[1]?.slice(0, -1) ?? '';
}

/**
 * Sets (or adds) attributes on the start tag found at `start` in `xml`, keeping every other
 * attribute and the rest of the text as it is. `null` removes an attribute.
 *
 * @example withAttributes('<calcPr calcId="191029"/>', 0, { fullCalcOnLoad: '1' }) // '<calcPr calcId="191029" fullCalcOnLoad="1"/>'
 */
export function withAttributes(
  xml: string,
  start: number,
  changes: Readonly<Record<string, string | null>>,
): string {
  const close = xml.indexOf('>', start);
  const selfClosing = xml[close - 1] === '/';
  let tag = xml.slice(start, selfClosing ? close - 1 : close);
  for (const [name, value] of Object.entries(changes)) {
    const pattern = new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
    if (value === null) tag = tag.replace(pattern, '');
    else if (pattern.test(tag)) tag = tag.replace(pattern, ` ${name}="${escapeAttribute(value)}"`);
    else tag = `${tag.replace(/\s+$/, '')} ${name}="${escapeAttribute(value)}"`;
  }
  return `${xml.slice(0, start)}${tag}${selfClosing ? '/>' : '>'}${xml.slice(close + 1)}`;
}
