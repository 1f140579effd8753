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

/** What `scanCells` tells of each cell: offsets into the row's text, no copies. */
export type CellVisitor = (
  column: number,
  style: number,
  type: string,
  innerStart: number,
  innerEnd: number,
  start: number,
  end: number,
) => void;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** A non-negative integer written in `xml` between `from` and `to` (0 when it is not one). */
function integerAt(xml: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return 0;
    n = n * 10 + d;
  }
  return n;
}

const TYPES: Readonly<Record<string, string>> = { s: 's', n: 'n', b: 'b', e: 'e', d: 'd' };

/** A cell's type attribute, without copying the one-letter types every cell carries. */
function typeAt(xml: string, from: number, to: number): string {
  if (to - from === 1) return TYPES[xml[from] ?? ''] ?? xml.slice(from, to);
  return xml.slice(from, to);
}

/**
 * Calls `visit` for each `<c>` of a row's text, in order, with its column, style index, type and
 * the offsets of its content: the reader's hot path, which reads a start tag's attributes in one
 * pass and copies nothing. A cell without `r` follows the previous one (allowed, and written by some
 * producers).
 *
 * @example scanCells('<row r="1"><c r="B1" t="s"><v>0</v></c></row>', tags, (column) => column) // visits column 2
 */
export function scanCells(rowXml: string, tags: RowTags, visit: CellVisitor): void {
  let at = rowXml.indexOf('>') + 1;
  let column = 0;
  const open = tags.c;
  const close = tags.cClose;
  for (;;) {
    const lt = rowXml.indexOf(open, at);
    if (lt < 0) return;
    const next = rowXml.charCodeAt(lt + open.length);
    if (!isSpace(next) && next !== 0x3e && next !== 0x2f) {
      at = lt + 1;
      continue;
    }
    const gt = rowXml.indexOf('>', lt);
    if (gt < 0) return;
    const selfClosing = rowXml.charCodeAt(gt - 1) === 0x2f;
    const tagEnd = selfClosing ? gt - 1 : gt;
    let ref = -1;
    let style = 0;
    let type = 'n';
    // The start tag's attributes, in one pass: name, =, quoted value.
    let i = lt + open.length;
    while (i < tagEnd) {
      while (i < tagEnd && isSpace(rowXml.charCodeAt(i))) i++;
      const nameStart = i;
      while (i < tagEnd && rowXml.charCodeAt(i) !== 0x3d && !isSpace(rowXml.charCodeAt(i))) i++;
      const nameEnd = i;
      while (i < tagEnd && rowXml.charCodeAt(i) !== 0x22 && rowXml.charCodeAt(i) !== 0x27) i++;
      const quote = rowXml.charCodeAt(i);
      const valueStart = i + 1;
      const valueEnd = rowXml.indexOf(quote === 0x22 ? '"' : "'", valueStart);
      if (valueEnd < 0 || nameEnd === nameStart) break;
      if (nameEnd - nameStart === 1) {
        const n = rowXml.charCodeAt(nameStart);
        if (n === 0x72) ref = valueStart;
        else if (n === 0x73) style = integerAt(rowXml, valueStart, valueEnd);
        else if (n === 0x74) type = typeAt(rowXml, valueStart, valueEnd);
      }
      i = valueEnd + 1;
    }
    if (ref < 0) column += 1;
    else {
      let n = 0;
      let k = ref;
      if (rowXml.charCodeAt(k) === 0x24) k++;
      for (; ; k++) {
        const c = rowXml.charCodeAt(k) | 0x20;
        if (c < 0x61 || c > 0x7a) break;
        n = n * 26 + (c - 0x60);
      }
      column = n === 0 ? column + 1 : n;
    }
    let end = gt + 1;
    let innerEnd = gt + 1;
    if (!selfClosing) {
      innerEnd = rowXml.indexOf(close, gt);
      if (innerEnd < 0) return;
      end = innerEnd + close.length;
    }
    visit(column, Number.isFinite(style) ? style : 0, type, gt + 1, innerEnd, lt, end);
    at = end;
  }
}

/**
 * Calls `visit` for each `<c>` of a row's text, in order, as an object with its attribute text and
 * content (for the writer, which keeps what it does not change).
 *
 * @example forEachCell('<row r="1"><c r="B1" t="s"><v>0</v></c></row>', tags, (c) => c.column) // visits column 2
 */
export function forEachCell(rowXml: string, tags: RowTags, visit: (cell: CellXml) => void): void {
  scanCells(rowXml, tags, (column, style, type, innerStart, innerEnd, start, end) => {
    const gt = innerStart - 1;
    const selfClosing = innerStart === innerEnd && innerEnd === end;
    visit({
      column,
      style,
      type,
      start,
      end,
      attributes: rowXml.slice(start + tags.c.length, selfClosing ? gt - 1 : gt),
      inner: rowXml.slice(innerStart, innerEnd),
    });
  });
}

/**
 * The content of the cell's `<v>` element (in `inner`, or in `xml` between `from` and `to`),
 * undecoded; `null` when it has none.
 *
 * @example valueText('<f>1+1</f><v>2</v>', tags) // '2'
 */
export function valueText(inner: string, tags: RowTags, from = 0, to = inner.length): string | null {
  const at = inner.indexOf(tags.v, from);
  if (at < 0 || at >= to) return null;
  const after = inner.charCodeAt(at + tags.v.length);
  const gt = inner.indexOf('>', at);
  if (gt < 0) return null;
  if (after === 0x2f || inner.charCodeAt(gt - 1) === 0x2f) return '';
  const close = inner.indexOf(tags.vClose, gt);
  return close < 0 || close > to ? null : inner.slice(gt + 1, close);
}

/** Whether the cell's content (or `xml` between `from` and `to`) holds a formula (`<f>`). */
export function hasFormula(inner: string, tags: RowTags, from = 0, to = inner.length): boolean {
  const at = inner.indexOf(tags.f, from);
  if (at < 0 || at >= to) return false;
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
