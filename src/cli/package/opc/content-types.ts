import { attributesOf, escapeAttribute } from '../xml/xml-text';

/**
 * `[Content_Types].xml`: the content type of each part, by extension (`Default`) or by part name
 * (`Override`). Changes are made to the original text, so everything else in it keeps its bytes.
 *
 * @example
 * const types = new ContentTypes(zip.text('[Content_Types].xml'));
 * types.add('xl/worksheets/sheet7.xml', CONTENT_TYPES.worksheet);
 * types.xml() // the text with one more Override
 */
export class ContentTypes {
  private readonly defaults = new Map<string, string>();
  private readonly overrides = new Map<string, string>();
  private readonly added: Array<readonly [string, string]> = [];
  private readonly removed = new Set<string>();

  constructor(private readonly original: string) {
    for (const m of original.matchAll(/<(?:\w+:)?(Default|Override)(?=[\s/>])([^>]*)>/g)) {
      const a = attributesOf(m[2] ?? '');
      const type = a['ContentType'];
      if (type === undefined) continue;
      if (m[1] === 'Default' && a['Extension'] !== undefined)
        this.defaults.set(a['Extension'].toLowerCase(), type);
      if (m[1] === 'Override' && a['PartName'] !== undefined)
        this.overrides.set(a['PartName'].replace(/^\//, '').toLowerCase(), type);
    }
  }

  /** The content type of a part (`xl/workbook.xml`), or `undefined`. */
  typeOf(part: string): string | undefined {
    const key = part.toLowerCase();
    if (this.removed.has(key)) return undefined;
    const override = this.overrides.get(key);
    if (override !== undefined) return override;
    const dot = key.lastIndexOf('.');
    return dot < 0 ? undefined : this.defaults.get(key.slice(dot + 1));
  }

  /** Names a new part's content type. */
  add(part: string, type: string): void {
    this.overrides.set(part.toLowerCase(), type);
    this.removed.delete(part.toLowerCase());
    this.added.push([part, type]);
  }

  /** Forgets a removed part's Override. */
  remove(part: string): void {
    this.removed.add(part.toLowerCase());
  }

  /** Whether anything changed. */
  get changed(): boolean {
    return this.added.length > 0 || this.removed.size > 0;
  }

  /** The part's new text. */
  xml(): string {
    let text = this.original;
    if (this.removed.size > 0) {
      text = text.replace(
        /<(?:\w+:)?Override(?=[\s/>])([^>]*)>(?:\s*<\/(?:\w+:)?Override>)?/g,
        (whole, attrs: string) => {
          const name = attributesOf(attrs)['PartName']?.replace(/^\//, '').toLowerCase();
          return name !== undefined && this.removed.has(name) ? '' : whole;
        },
      );
    }
    const prefix = /<(\w+:)?Types[\s>]/.exec(text)?.[1] ?? '';
    const adds = this.added
      .filter(([part]) => !this.removed.has(part.toLowerCase()))
      .map(
        ([part, type]) =>
          `<${prefix}Override PartName="/${escapeAttribute(part)}" ContentType="${escapeAttribute(type)}"/>`,
      )
      .join('');
    const end = text.lastIndexOf(`</${prefix}Types>`);
    return end < 0 ? text : `${text.slice(0, end)}${adds}${text.slice(end)}`;
  }
}
