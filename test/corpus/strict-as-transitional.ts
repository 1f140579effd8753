import JSZip from 'jszip';
import { partText, type Parts } from './package-diff';

/**
 * The Strict Open XML namespaces and their transitional twins (ECMA-376 Part 1, the same elements
 * under other names). The validator in shared/ has only the transitional schemas; a Strict part read
 * under these names is checked against them.
 */
const STRICT_TO_TRANSITIONAL: Readonly<Record<string, string>> = {
  'http://purl.oclc.org/ooxml/spreadsheetml/main':
    'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/officeDocument/relationships':
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/drawingml/main': 'http://schemas.openxmlformats.org/drawingml/2006/main',
  'http://purl.oclc.org/ooxml/drawingml/chart': 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing':
    'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  'http://purl.oclc.org/ooxml/officeDocument/extendedProperties':
    'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
  'http://purl.oclc.org/ooxml/officeDocument/customProperties':
    'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
  'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes':
    'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
};

const STRICT = 'http://purl.oclc.org/ooxml/';

const isXml = (name: string): boolean => /\.(xml|rels)$/i.test(name);

/**
 * Whether any XML part of the package is written in Strict namespaces.
 *
 * @example hasStrictParts(await readParts(await readFile('poi-SimpleStrict.xlsx'))) // true
 */
export function hasStrictParts(parts: Parts): boolean {
  for (const [name, bytes] of parts) if (isXml(name) && partText(bytes).includes(STRICT)) return true;
  return false;
}

/**
 * The package with every Strict namespace of its XML parts renamed to its transitional twin, to be
 * validated against the transitional schemas; other parts keep their bytes.
 *
 * @example await writeFile('strict-as-transitional.xlsx', await asTransitional(parts))
 */
export async function asTransitional(parts: Parts): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, bytes] of parts) {
    if (!isXml(name)) {
      zip.file(name, bytes);
      continue;
    }
    let text = partText(bytes);
    for (const [strict, transitional] of Object.entries(STRICT_TO_TRANSITIONAL)) {
      text = text.split(`"${strict}"`).join(`"${transitional}"`);
    }
    zip.file(name, text);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
