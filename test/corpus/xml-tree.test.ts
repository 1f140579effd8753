import { elementsOf, leafText, localName, parseXml } from './xml-tree';

describe('parseXml', () => {
  it('expands prefixed and default namespaces the same way', () => {
    const prefixed = parseXml('<x:sst xmlns:x="urn:s" x:count="2"><x:si><x:t>a</x:t></x:si></x:sst>');
    const plain = parseXml(
      '<?xml version="1.0"?><sst xmlns="urn:s" xmlns:x="urn:s" x:count="2"><si><t>a</t></si></sst>',
    );
    expect(prefixed).toEqual(plain);
    expect(prefixed.name).toBe('{urn:s}sst');
    expect([...prefixed.attributes]).toEqual([['{urn:s}count', '2']]);
  });

  it('keeps unprefixed attributes in no namespace and drops namespace declarations', () => {
    const root = parseXml('<a xmlns="urn:a" xmlns:r="urn:r" name="n" r:id="rId1"/>');
    expect([...root.attributes]).toEqual([
      ['name', 'n'],
      ['{urn:r}id', 'rId1'],
    ]);
  });

  it('decodes entities and character references, and reads CDATA and quotes inside attributes', () => {
    const root = parseXml(`<a t='x &gt; "y"' u="&#x41;&#66;&apos;"><![CDATA[<b>]]>&amp;&lt;</a>`);
    expect(root.attributes.get('t')).toBe('x > "y"');
    expect(root.attributes.get('u')).toBe("AB'");
    expect(leafText(root)).toBe('<b>&<');
  });

  it('skips comments and processing instructions, and keeps whitespace text as it is', () => {
    const root = parseXml('<a><!-- c --><?pi x?><t xml:space="preserve"> </t>\n</a>');
    expect(elementsOf(root).map((e) => localName(e.name))).toEqual(['t']);
    expect(leafText(elementsOf(root)[0] ?? root)).toBe(' ');
    expect(leafText(root)).toBeNull();
  });

  it('refuses mismatched tags, unclosed elements and undeclared prefixes', () => {
    expect(() => parseXml('<a><b></a>')).toThrow('</a> closes <b>');
    expect(() => parseXml('<a><b/>')).toThrow('<a> is never closed');
    expect(() => parseXml('<x:a/>')).toThrow('undeclared namespace prefix "x"');
  });
});
