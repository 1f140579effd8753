const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML text decoded: entities (`&amp;`, `&#10;`, `&#x1F600;`) and the `_xHHHH_` escapes OOXML
 * writes for control characters (`_x000D_`).
 *
 * @example xmlText('Brand &amp; Co_x000D_') // 'Brand & Co\r'
 */
export function xmlText(raw: string): string {
  const decoded = raw.includes('&')
    ? raw.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
        e.startsWith('#x')
          ? String.fromCodePoint(parseInt(e.slice(2), 16))
          : e.startsWith('#')
            ? String.fromCodePoint(Number(e.slice(1)))
            : (NAMED[e] ?? ''),
      )
    : raw;
  return decoded.includes('_x')
    ? decoded.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : decoded;
}

/**
 * The value of an attribute in a start tag's text, decoded; `null` when absent.
 *
 * @example attribute('<sheet name="Export &amp; co" r:id="rId1"/>', 'r:id') // 'rId1'
 */
export function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m === null ? null : xmlText(m[1] ?? m[2] ?? '');
}

/**
 * The text of every `<t>` in an element (a shared string's runs, an inline string), phonetic
 * readings (`<rPh>`) left out.
 *
 * @example textOf('<si><r><t>Brand</t></r><r><t xml:space="preserve"> Exact</t></r></si>') // 'Brand Exact'
 */
export function textOf(element: string): string {
  const body = element.includes('<rPh') ? element.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : element;
  let text = '';
  const t = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = t.exec(body); m !== null; m = t.exec(body)) text += xmlText(m[1] ?? '');
  return text;
}
