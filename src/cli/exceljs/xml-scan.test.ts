import { attributesOf, decodeXml } from './xml-scan';

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
});

describe('attributesOf', () => {
  it('reads a tag whose attribute is named __proto__ as data', () => {
    const attributes = attributesOf('<table __proto__="x" name="T &amp; U"/>');
    expect(attributes['name']).toBe('T & U');
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
  });
});
