/**
 * Just enough XML reading to learn the facts ExcelJS forgets when it loads a workbook (see
 * package-facts.ts). Not a general parser: it reads start tags and their attributes.
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
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return Object.hasOwn(ENTITIES, name) ? (ENTITIES[name] ?? whole) : whole;
  });
}

/**
 * The attributes of one start tag, decoded, by name (namespace prefixes kept: `r:id`).
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
 * Every start (or empty) tag named `name` in `xml`, as its attributes.
 *
 * @example tagsNamed('<sheet name="Tasks" r:id="rId1"/>', 'sheet') // [{ name: 'Tasks', 'r:id': 'rId1' }]
 */
export function tagsNamed(xml: string, name: string): Array<Record<string, string>> {
  const pattern = new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'g');
  return [...xml.matchAll(pattern)].map((m) => attributesOf(m[0].slice(name.length + 1)));
}

/**
 * References of the cells that hold a formula but no saved result (`<c r="A2"><f>1+1</f></c>`):
 * files written by programs that never calculated them. A formula whose result is an empty string
 * (`<v></v>`) is not one of them.
 *
 * @example uncalculatedCells('<c r="A1"><f>1+1</f></c><c r="A2"><f>1</f><v>1</v></c>') // ['A1']
 */
export function uncalculatedCells(sheetXml: string): string[] {
  const found: string[] = [];
  for (const m of sheetXml.matchAll(/<c(?=[\s>/])([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const inner = m[2] ?? '';
    if (/<f[\s>/]/.test(inner) && !/<v[\s>/]/.test(inner)) {
      const ref = attributesOf(m[1] ?? '')['r'];
      if (ref !== undefined) found.push(ref);
    }
  }
  return found;
}
