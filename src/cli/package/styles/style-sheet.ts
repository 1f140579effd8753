import type { CellStyle } from '../../../workbook/plan/write-plan';
import {
  attributesOf,
  elements,
  escapeAttribute,
  firstElement,
  rootPrefix,
  withAttributes,
} from '../xml/xml-text';
import { builtInFormat, builtInFormatId, isDateFormat } from './number-formats';

/** What a written cell's style changes of the style it starts from. */
export interface StyleChange {
  readonly numberFormat?: string | undefined;
  readonly style?: CellStyle | undefined;
  /** Align the content to the top (report sheets). */
  readonly alignTop?: boolean;
  /** Excel's quote prefix: the text stays text when someone edits the cell. */
  readonly quotePrefix?: boolean;
}

/** A differential format (conditional formatting): a fill and a font colour. */
export interface DifferentialFormat {
  readonly fill: string;
  readonly fontColor: string;
}

const COLLECTIONS = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;
type Collection = (typeof COLLECTIONS)[number];

const FONT_ORDER = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];
/** The schema's order; Strict files (and some others) write `start` and `end` where others write `left` and `right`. */
const BORDER_ORDER = ['start', 'end', 'left', 'right', 'top', 'bottom', 'diagonal', 'vertical', 'horizontal'];
const MONOSPACE_FONT = 'Consolas';
const BORDER_GREY = 'FF808080';
const FIRST_CUSTOM_FORMAT = 164;

/**
 * `FFC6EFCE` from `#C6EFCE`.
 *
 * @example argb('#c6efce') // 'FFC6EFCE'
 */
export function argb(hex: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex);
  if (m === null) throw new Error(`not a #RRGGBB colour: ${hex}`);
  return `FF${(m[1] ?? '').toUpperCase()}`;
}

/** The child elements of an element's inner text, by local name, in order. */
function children(inner: string): Array<{ name: string; xml: string }> {
  const found: Array<{ name: string; xml: string }> = [];
  const pattern = /<([\w]+:)?([\w]+)(?=[\s/>])[^>]*?(\/>|>)/g;
  let at = 0;
  while (at < inner.length) {
    pattern.lastIndex = at;
    const m = pattern.exec(inner);
    if (m === null) break;
    const local = m[2] ?? '';
    let end = m.index + m[0].length;
    if (m[3] === '>') {
      const close = `</${m[1] ?? ''}${local}>`;
      const closeAt = inner.indexOf(close, end);
      end = closeAt < 0 ? inner.length : closeAt + close.length;
    }
    found.push({ name: local, xml: inner.slice(m.index, end) });
    at = end;
  }
  return found;
}

function ordered(parts: Map<string, string>, order: readonly string[]): string {
  const known = order.filter((n) => parts.has(n)).map((n) => parts.get(n) ?? '');
  const others = [...parts.entries()].filter(([n]) => !order.includes(n)).map(([, x]) => x);
  return [...known, ...others].join('');
}

interface Xf {
  readonly attributes: Record<string, string>;
  readonly alignment: Record<string, string>;
  /** Children other than the alignment (protection, extLst), as written. */
  readonly rest: string;
}

/**
 * The styles part of a workbook (`xl/styles.xml`): what the reader needs (the number format of each
 * cell style, to tell dates) and what the writer needs (new cell styles derived from existing ones,
 * new number formats, differential formats). New entries are appended: no existing index changes,
 * so every cell of the workbook keeps its look. `xml()` gives the part with the additions, every
 * other byte as it was.
 *
 * @example
 * const styles = new StyleSheet(zip.text('xl/styles.xml'));
 * const s = styles.derive(0, { numberFormat: 'yyyy-mm-dd' }); // a new cell style index
 */
export class StyleSheet {
  private readonly prefix: string;
  private readonly formats = new Map<number, string>();
  private readonly xfs: string[] = [];
  private readonly fonts: string[] = [];
  private readonly fills: string[] = [];
  private readonly borders: string[] = [];
  private dxfCount = 0;
  private readonly added: Record<Collection, string[]> = Object.fromEntries(
    COLLECTIONS.map((c) => [c, []]),
  ) as unknown as Record<Collection, string[]>;
  private readonly derived = new Map<string, number>();
  private readonly dxfByKey = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly formatCache = new Map<number, string | null>();

  constructor(private readonly original: string) {
    this.prefix = rootPrefix(original);
    for (const f of this.items('numFmts', 'numFmt')) {
      const a = attributesOf(f);
      const id = Number(a['numFmtId']);
      if (Number.isInteger(id) && a['formatCode'] !== undefined) {
        this.formats.set(id, a['formatCode']);
        this.nextFormatId = Math.max(this.nextFormatId, id + 1);
      }
    }
    this.xfs.push(...this.items('cellXfs', 'xf'));
    this.fonts.push(...this.items('fonts', 'font'));
    this.fills.push(...this.items('fills', 'fill'));
    this.borders.push(...this.items('borders', 'border'));
    this.dxfCount = this.items('dxfs', 'dxf').length;
  }

  private collection(name: Collection) {
    return firstElement(this.original, this.prefix, name);
  }

  /**
   * The records of a collection, by index. A record may be wrapped in `mc:AlternateContent` (a
   * `Choice` for one program and a `Fallback` for others, as Hancom writes them): it counts once,
   * and is read as its fallback.
   */
  private items(collection: Collection, item: string): string[] {
    const found = this.collection(collection);
    if (found === undefined || found.selfClosing) return [];
    const inner = this.original.slice(found.openEnd, found.innerEnd);
    const records: string[] = [];
    for (const child of children(inner)) {
      if (child.name === item) records.push(child.xml);
      else if (child.name === 'AlternateContent') {
        const fallback =
          /<(?:\w+:)?Fallback[\s>][\s\S]*?<\/(?:\w+:)?Fallback>/.exec(child.xml)?.[0] ?? child.xml;
        const record = [...elements(fallback, this.prefix, item)][0];
        records.push(record === undefined ? '' : fallback.slice(record.start, record.end));
      }
    }
    return records;
  }

  private tag(local: string): string {
    return this.prefix === '' ? local : `${this.prefix}:${local}`;
  }

  /** The number format code of a cell style (`s` of a cell), or `null` for General. */
  formatOf(styleIndex: number): string | null {
    const known = this.formatCache.get(styleIndex);
    if (known !== undefined) return known;
    const xf = this.xfs[styleIndex];
    const id = xf === undefined ? 0 : Number(attributesOf(/^<[^>]*>/.exec(xf)?.[0] ?? '')['numFmtId'] ?? 0);
    const code = this.formats.get(id) ?? builtInFormat(id) ?? null;
    const format = code === 'General' ? null : code;
    this.formatCache.set(styleIndex, format);
    return format;
  }

  /** Whether cells of this style show dates or times. */
  isDate(styleIndex: number): boolean {
    const code = this.formatOf(styleIndex);
    return code !== null && isDateFormat(code);
  }

  private formatId(code: string): number {
    const builtIn = builtInFormatId(code);
    if (builtIn !== undefined) return builtIn;
    for (const [id, c] of this.formats) if (c === code) return id;
    const id = this.nextFormatId++;
    this.formats.set(id, code);
    this.added.numFmts.push(
      `<${this.tag('numFmt')} numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`,
    );
    return id;
  }

  private parseXf(index: number): Xf {
    const xml =
      this.xfs[index] ?? this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const open = /^<[^>]*>/.exec(xml)?.[0] ?? '';
    const attributes = attributesOf(open.replace(/^<[\w:]+/, '').replace(/\/?>$/, ''));
    let alignment: Record<string, string> = {};
    let rest = '';
    if (!open.endsWith('/>')) {
      const inner = xml.slice(open.length, xml.lastIndexOf('</'));
      for (const child of children(inner)) {
        if (child.name === 'alignment') alignment = attributesOf(child.xml.replace(/^<[\w:]+/, ''));
        else rest += child.xml;
      }
    }
    return { attributes, alignment, rest };
  }

  private addFont(base: string, style: CellStyle): number {
    const parts = new Map<string, string>();
    const open = /^<[^>]*>/.exec(base)?.[0] ?? '<font>';
    if (!open.endsWith('/>')) {
      const inner = base.slice(open.length, base.lastIndexOf('</'));
      for (const c of children(inner)) parts.set(c.name, c.xml);
    }
    const set = (name: string, xml: string | null) => {
      if (xml === null) parts.delete(name);
      else parts.set(name, xml);
    };
    if (style.bold !== undefined) set('b', style.bold ? `<${this.tag('b')}/>` : null);
    if (style.italic !== undefined) set('i', style.italic ? `<${this.tag('i')}/>` : null);
    if (style.fontSize !== undefined) set('sz', `<${this.tag('sz')} val="${style.fontSize}"/>`);
    if (style.fontColor !== undefined) set('color', `<${this.tag('color')} rgb="${argb(style.fontColor)}"/>`);
    if (style.monospace === true) {
      set('name', `<${this.tag('name')} val="${MONOSPACE_FONT}"/>`);
      set('family', `<${this.tag('family')} val="3"/>`);
      set('scheme', null);
      set('charset', null);
    }
    const xml = `<${this.tag('font')}>${ordered(parts, FONT_ORDER)}</${this.tag('font')}>`;
    const existing = this.fonts.indexOf(xml);
    if (existing >= 0) return existing;
    this.fonts.push(xml);
    this.added.fonts.push(xml);
    return this.fonts.length - 1;
  }

  private addFill(hex: string): number {
    const xml = `<${this.tag('fill')}><${this.tag('patternFill')} patternType="solid"><${this.tag('fgColor')} rgb="${argb(hex)}"/><${this.tag('bgColor')} indexed="64"/></${this.tag('patternFill')}></${this.tag('fill')}>`;
    const existing = this.fills.indexOf(xml);
    if (existing >= 0) return existing;
    this.fills.push(xml);
    this.added.fills.push(xml);
    return this.fills.length - 1;
  }

  private addBottomBorder(base: string): number {
    const parts = new Map<string, string>();
    const open = /^<[^>]*>/.exec(base)?.[0] ?? '<border>';
    if (!open.endsWith('/>')) {
      const inner = base.slice(open.length, base.lastIndexOf('</'));
      for (const c of children(inner)) parts.set(c.name, c.xml);
    }
    const sides =
      parts.has('start') || parts.has('end') ? ['top', 'diagonal'] : ['left', 'right', 'top', 'diagonal'];
    for (const side of sides) if (!parts.has(side)) parts.set(side, `<${this.tag(side)}/>`);
    parts.set(
      'bottom',
      `<${this.tag('bottom')} style="thin"><${this.tag('color')} rgb="${BORDER_GREY}"/></${this.tag('bottom')}>`,
    );
    const attrs = open.replace(/^<[\w:]+/, '').replace(/\/?>$/, '');
    const xml = `<${this.tag('border')}${attrs}>${ordered(parts, BORDER_ORDER)}</${this.tag('border')}>`;
    const existing = this.borders.indexOf(xml);
    if (existing >= 0) return existing;
    this.borders.push(xml);
    this.added.borders.push(xml);
    return this.borders.length - 1;
  }

  /**
   * The index of a cell style that is `base` (a cell's `s`) with `change` applied: its number
   * format, font, fill, bottom border, alignment, quote prefix. Everything the change does not
   * mention stays as in `base`. The same request gives the same index.
   *
   * @example styles.derive(3, { style: { bold: true } }) // a new index: style 3, bold
   */
  derive(base: number, change: StyleChange): number {
    const key = JSON.stringify([base, change]);
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const xf = this.parseXf(base);
    const a: Record<string, string> = { ...xf.attributes };
    const alignment: Record<string, string> = { ...xf.alignment };
    if (change.numberFormat !== undefined) {
      a['numFmtId'] = String(this.formatId(change.numberFormat));
      a['applyNumberFormat'] = '1';
    }
    const style = change.style;
    if (
      style !== undefined &&
      (style.bold !== undefined ||
        style.italic !== undefined ||
        style.fontSize !== undefined ||
        style.fontColor !== undefined ||
        style.monospace === true)
    ) {
      a['fontId'] = String(this.addFont(this.fonts[Number(a['fontId'] ?? 0)] ?? '<font/>', style));
      a['applyFont'] = '1';
    }
    if (style?.fill !== undefined) {
      a['fillId'] = String(this.addFill(style.fill));
      a['applyFill'] = '1';
    }
    if (style?.borderBottom === true) {
      a['borderId'] = String(this.addBottomBorder(this.borders[Number(a['borderId'] ?? 0)] ?? '<border/>'));
      a['applyBorder'] = '1';
    }
    if (style?.wrap !== undefined) alignment['wrapText'] = style.wrap ? '1' : '0';
    if (style?.horizontal !== undefined) alignment['horizontal'] = style.horizontal;
    if (change.alignTop === true) alignment['vertical'] = 'top';
    if (style?.wrap !== undefined || style?.horizontal !== undefined || change.alignTop === true)
      a['applyAlignment'] = '1';
    if (change.quotePrefix === true) a['quotePrefix'] = '1';
    for (const k of ['numFmtId', 'fontId', 'fillId', 'borderId']) a[k] ??= '0';
    const attributes = Object.entries(a)
      .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
      .join('');
    const alignmentXml =
      Object.keys(alignment).length === 0
        ? ''
        : `<${this.tag('alignment')}${Object.entries(alignment)
            .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
            .join('')}/>`;
    const inner = `${alignmentXml}${xf.rest}`;
    const xml =
      inner === ''
        ? `<${this.tag('xf')}${attributes}/>`
        : `<${this.tag('xf')}${attributes}>${inner}</${this.tag('xf')}>`;
    const index = this.xfs.length;
    this.xfs.push(xml);
    this.added.cellXfs.push(xml);
    this.derived.set(key, index);
    return index;
  }

  /**
   * The index of a differential format (for a conditional format): a solid fill and a font colour.
   *
   * @example styles.differential({ fill: '#C62828', fontColor: '#FFFFFF' }) // 0 in a workbook without any
   */
  differential(format: DifferentialFormat): number {
    const key = `${format.fill}/${format.fontColor}`;
    const known = this.dxfByKey.get(key);
    if (known !== undefined) return known;
    const t = (n: string) => this.tag(n);
    this.added.dxfs.push(
      `<${t('dxf')}><${t('font')}><${t('color')} rgb="${argb(format.fontColor)}"/></${t('font')}><${t('fill')}><${t('patternFill')} patternType="solid"><${t('fgColor')} rgb="${argb(format.fill)}"/><${t('bgColor')} rgb="${argb(format.fill)}"/></${t('patternFill')}></${t('fill')}></${t('dxf')}>`,
    );
    const index = this.dxfCount++;
    this.dxfByKey.set(key, index);
    return index;
  }

  /** Whether anything was added. */
  get changed(): boolean {
    return COLLECTIONS.some((c) => this.added[c].length > 0);
  }

  /** The part's text with the additions (each collection's `count` updated). */
  xml(): string {
    let xml = this.original;
    for (const name of COLLECTIONS) {
      const adds = this.added[name];
      if (adds.length === 0) continue;
      const found = firstElement(xml, this.prefix, name);
      if (found === undefined) {
        const later = COLLECTIONS.slice(COLLECTIONS.indexOf(name) + 1)
          .map((n) => firstElement(xml, this.prefix, n)?.start)
          .find((at) => at !== undefined);
        const root = firstElement(xml, this.prefix, 'styleSheet');
        const at = later ?? (root === undefined ? xml.length : root.innerEnd);
        xml = `${xml.slice(0, at)}<${this.tag(name)} count="${adds.length}">${adds.join('')}</${this.tag(name)}>${xml.slice(at)}`;
        continue;
      }
      const count = Number(found.attributes['count'] ?? NaN);
      const existing = Number.isFinite(count) ? count : this.countOf(xml, found, name);
      const body = found.selfClosing ? '' : xml.slice(found.openEnd, found.innerEnd);
      const open = withAttributes(xml.slice(found.start, found.openEnd), 0, {
        count: String(existing + adds.length),
      }).replace(/\/>$/, '>');
      xml = `${xml.slice(0, found.start)}${open}${body}${adds.join('')}</${this.tag(name)}>${xml.slice(found.end)}`;
    }
    return xml;
  }

  private countOf(xml: string, found: { openEnd: number; innerEnd: number }, name: Collection): number {
    const item = {
      numFmts: 'numFmt',
      fonts: 'font',
      fills: 'fill',
      borders: 'border',
      cellXfs: 'xf',
      dxfs: 'dxf',
    }[name as 'numFmts'];
    return children(xml.slice(found.openEnd, found.innerEnd)).filter(
      (c) => c.name === item || c.name === 'AlternateContent',
    ).length;
  }
}

/** A styles part for a new workbook: Calibri 11, no fills or borders, the Normal style. */
export const NEW_STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;
