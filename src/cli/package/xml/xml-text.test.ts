import fc from 'fast-check';
import {
  attributesOf,
  decodeExcelEscapes,
  decodeXml,
  escapeAttribute,
  escapeCellText,
  escapeText,
  rootPrefix,
  withAttributes,
} from './xml-text';

describe('decodeXml', () => {
  it.each([
    ['R&amp;D', 'R&D'],
    ['&lt;b&gt; &quot;x&quot; &apos;y&apos;', `<b> "x" 'y'`],
    ['&#65;&#x42;', 'AB'],
    ['&nbsp;', '&nbsp;'],
    // Names of Object.prototype's members are not entities: left as written.
    ['&constructor; &toString; &__proto__;', '&constructor; &toString; &__proto__;'],
  ])('%j → %j', (xml, text) => {
    expect(decodeXml(xml)).toBe(text);
  });

  it('reads back whatever was escaped, as text or as an attribute', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(decodeXml(escapeText(text))).toBe(text);
        expect(attributesOf(` a="${escapeAttribute(text)}"`)['a']).toBe(text);
      }),
    );
  });
});

describe('cell text escapes', () => {
  it('keeps any text through Excel’s _xHHHH_ escapes', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(decodeExcelEscapes(escapeCellText(text))).toBe(text);
      }),
    );
    expect(escapeCellText('a\rb')).toBe('a_x000D_b');
    expect(escapeCellText('_x0041_')).toBe('_x005F_x0041_');
  });
});

describe('attributesOf', () => {
  it('reads a tag whose attribute is named __proto__ as data', () => {
    const attributes = attributesOf('<table __proto__="x" name="T &amp; U"/>');
    expect(attributes['name']).toBe('T & U');
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
  });
});

describe('withAttributes', () => {
  it('sets, adds and removes attributes of one tag, keeping the rest of the text', () => {
    const xml = '<workbook><calcPr calcId="191029" iterate="1"/></workbook>';
    const at = xml.indexOf('<calcPr');
    expect(withAttributes(xml, at, { fullCalcOnLoad: '1', iterate: null, calcId: '1' })).toBe(
      '<workbook><calcPr calcId="1" fullCalcOnLoad="1"/></workbook>',
    );
  });
});

describe('rootPrefix', () => {
  it.each([
    ['<?xml version="1.0"?><worksheet xmlns="…">', ''],
    ['<?xml version="1.0"?>\n<!-- a comment --><x:worksheet xmlns:x="…">', 'x'],
  ])('%s → %j', (xml, prefix) => {
    expect(rootPrefix(xml)).toBe(prefix);
  });
});
