import { columnNumber } from '../../../workbook/address/a1';
import { decodeExcelEscapes, decodeXml } from '../xml/xml-text';

/** One `<c>` element of a row, as written. */
export interface CellXml {
  /** 1-based column. */
  readonly column: number;
  /** The `s` attribute (0 when absent). */
  readonly style: number;
  /** The `t` attribute (`n` when absent). */
  readonly type: string;
  /** Where the element starts and ends in the row's text. */
  readonly start: number;
  readonly end: number;
  /** The start tag's attribute text (after `<c`, before `>` or `/>`). */
  readonly attributes: string;
  /** The element's content (`''` for an empty element). */
  readonly inner: string;
}

/** Element names of one part's prefix, built once. */
export interface RowTags {
  readonly c: string;
  readonly cClose: string;
  readonly v: string;
  readonly vClose: string;
  readonly f: string;
  readonly is: string;
  readonly t: string;
  readonly tClose: string;
  readonly prefix: string;
}

/**
 * The tags of a part whose SpreadsheetML elements use `prefix` (`''` for none).
 *
 * @example rowTags('x').c // '<x:c'
 */
export function rowTags(prefix: string): RowTags {
  const p = prefix === '' ? '' : `${prefix}:`;
  return {
    c: `<${p}c`,
    cClose: `</${p}c>`,
    v: `<${p}v`,
    vClose: `</${p}v>`,
    f: `<${p}f`,
    is: `<${p}is`,
    t: `<${p}t`,
    tClose: `</${p}t>`,
    prefix: p,
  };
}

/**
 * The value of attribute `name` in a start tag's attribute text, or `undefined`. Written for the
 * short tags of rows and cells: it reads the attributes in order without building a map.
 *
 * @example attributeValue(' r="B2" s="3" t="s"', 't') // 's'
 */
export function attributeValue(attributes: string, name: string): string | undefined {
  let at = 0;
  for (;;) {
    const eq = attributes.indexOf('=', at);
    if (eq < 0) return undefined;
    let nameEnd = eq;
    while (nameEnd > at && attributes.charCodeAt(nameEnd - 1) <= 0x20) nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > at && attributes.charCodeAt(nameStart - 1) > 0x20) nameStart--;
    let q = eq + 1;
    while (q < attributes.length && attributes.charCodeAt(q) <= 0x20) q++;
    const quote = attributes[q];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = attributes.indexOf(quote, q + 1);
    if (close < 0) return undefined;
    if (attributes.slice(nameStart, nameEnd) === name) return decodeXml(attributes.slice(q + 1, close));
    at = close + 1;
  }
}

/**
 * The row number of a `<row>` element: its `r`, or `previous + 1` when it has none (allowed, and
 * written by some producers).
 *
 * @example rowNumber('<row r="7" spans="1:3">', 0) // 7
 */
export function rowNumber(rowXml: string, previous: number): number {
  const gt = rowXml.indexOf('>');
  const r = attributeValue(rowXml.slice(0, gt), 'r');
  const n = r === undefined ? NaN : Number(r);
  return Number.isInteger(n) && n > 0 ? n : previous + 1;
}

/**
 * Calls `visit` for each `<c>` of a row's text, in order. A cell without `r` follows the previous
 * one (allowed, and written by some producers).
 *
 * @example forEachCell('<row r="1"><c r="B1" t="s"><v>0</v></c></row>', tags, (c) => c.column) // visits column 2
 */
export function forEachCell(rowXml: string, tags: RowTags, visit: (cell: CellXml) => void): void {
  let at = rowXml.indexOf('>') + 1;
  let column = 0;
  const open = tags.c;
  for (;;) {
    const lt = rowXml.indexOf(open, at);
    if (lt < 0) return;
    const next = rowXml.charCodeAt(lt + open.length);
    if (next !== 0x20 && next !== 0x3e && next !== 0x2f && next !== 0x0a && next !== 0x0d && next !== 0x09) {
      at = lt + 1;
      continue;
    }
    const gt = rowXml.indexOf('>', lt);
    if (gt < 0) return;
    const selfClosing = rowXml.charCodeAt(gt - 1) === 0x2f;
    const attributes = rowXml.slice(lt + open.length, selfClosing ? gt - 1 : gt);
    let end = gt + 1;
    let inner = '';
    if (!selfClosing) {
      const close = rowXml.indexOf(tags.cClose, gt);
      if (close < 0) return;
      inner = rowXml.slice(gt + 1, close);
      end = close + tags.cClose.length;
    }
    const ref = attributeValue(attributes, 'r');
    const letters = ref === undefined ? '' : /^\$?([A-Za-z]+)/.exec(ref)?.[1];
    column = letters === undefined || letters === '' ? column + 1 : columnNumber(letters);
    const s = attributeValue(attributes, 's');
    visit({
      column,
      style: s === undefined ? 0 : Number(s),
      type: attributeValue(attributes, 't') ?? 'n',
      start: lt,
      end,
      attributes,
      inner,
    });
    at = end;
  }
}

/**
 * The content of the cell's `<v>` element, undecoded; `null` when it has none.
 *
 * @example valueText('<f>1+1</f><v>2</v>', tags) // '2'
 */
export function valueText(inner: string, tags: RowTags): string | null {
  const at = inner.indexOf(tags.v);
  if (at < 0) return null;
  const after = inner.charCodeAt(at + tags.v.length);
  const gt = inner.indexOf('>', at);
  if (gt < 0) return null;
  if (after === 0x2f || inner.charCodeAt(gt - 1) === 0x2f) return '';
  const close = inner.indexOf(tags.vClose, gt);
  return close < 0 ? null : inner.slice(gt + 1, close);
}

/** Whether the cell's content holds a formula (`<f>`). */
export function hasFormula(inner: string, tags: RowTags): boolean {
  const at = inner.indexOf(tags.f);
  if (at < 0) return false;
  const next = inner.charCodeAt(at + tags.f.length);
  return next === 0x20 || next === 0x3e || next === 0x2f;
}

/**
 * The plain text of a string item (`<si>` of the shared strings, `<is>` of an inline string): its
 * `<t>` runs joined, phonetic guides (`<rPh>`) left out, entities and `_xHHHH_` escapes decoded.
 *
 * @example itemText('<r><t>Q3 </t></r><r><rPr><b/></rPr><t>launch</t></r>', tags) // 'Q3 launch'
 */
export function itemText(inner: string, tags: RowTags): string {
  let text = inner;
  const phonetic = `<${tags.prefix}rPh`;
  if (text.includes(phonetic)) {
    const close = `</${tags.prefix}rPh>`;
    let out = '';
    let at = 0;
    for (let p = text.indexOf(phonetic); p >= 0; p = text.indexOf(phonetic, at)) {
      out += text.slice(at, p);
      const end = text.indexOf(close, p);
      at = end < 0 ? text.length : end + close.length;
    }
    text = out + text.slice(at);
  }
  let result = '';
  let at = 0;
  for (;;) {
    const lt = text.indexOf(tags.t, at);
    if (lt < 0) break;
    const next = text.charCodeAt(lt + tags.t.length);
    if (next !== 0x20 && next !== 0x3e && next !== 0x2f) {
      at = lt + 1;
      continue;
    }
    const gt = text.indexOf('>', lt);
    if (gt < 0) break;
    if (text.charCodeAt(gt - 1) === 0x2f) {
      at = gt + 1;
      continue;
    }
    const close = text.indexOf(tags.tClose, gt);
    if (close < 0) break;
    result += text.slice(gt + 1, close);
    at = close + tags.tClose.length;
  }
  return decodeExcelEscapes(decodeXml(result));
}
