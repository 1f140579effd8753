import { attribute, textOf, xmlText } from './xml-text';

describe('XML text', () => {
  it.each([
    ['Brand &amp; Co', 'Brand & Co'],
    ['&lt;b&gt; &quot;x&quot; &apos;y&apos;', '<b> "x" \'y\''],
    ['a&#10;b&#x1F600;', 'a\nb😀'],
    ['line_x000D_', 'line\r'],
    ['plain', 'plain'],
  ])('%j → %j', (raw, text) => {
    expect(xmlText(raw)).toBe(text);
  });

  it('reads attributes in either quotes, decoded', () => {
    const tag = `<sheet name="Export &amp; co" sheetId='3' r:id="rId1"/>`;
    expect([
      attribute(tag, 'name'),
      attribute(tag, 'sheetId'),
      attribute(tag, 'r:id'),
      attribute(tag, 'id'),
    ]).toEqual(['Export & co', '3', 'rId1', null]);
  });

  it('joins the runs of rich text and leaves phonetic readings out', () => {
    expect(
      textOf(
        '<si><r><t>Brand</t></r><r><rPr/><t xml:space="preserve"> – Exact</t></r><rPh sb="0"><t>ブ</t></rPh></si>',
      ),
    ).toBe('Brand – Exact');
  });
});
