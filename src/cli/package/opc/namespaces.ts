/**
 * The namespaces and relationship types of the parts the CLI writes. A package in Strict Open XML
 * (ISO/IEC 29500 Strict, "Strict Open XML Spreadsheet" in Excel's Save As) uses other URIs for the
 * same elements; new parts follow the package they go into, so one package never mixes the two.
 */
export interface Namespaces {
  readonly main: string;
  readonly relationships: string;
  /** Prefix of relationship types: `${relationshipTypes}/worksheet`. */
  readonly relationshipTypes: string;
  readonly drawing: string;
  readonly spreadsheetDrawing: string;
  readonly chart: string;
  readonly strict: boolean;
}

export const TRANSITIONAL: Namespaces = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  relationshipTypes: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  drawing: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  spreadsheetDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  strict: false,
};

export const STRICT: Namespaces = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  relationshipTypes: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  drawing: 'http://purl.oclc.org/ooxml/drawingml/main',
  spreadsheetDrawing: 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing',
  chart: 'http://purl.oclc.org/ooxml/drawingml/chart',
  strict: true,
};

/**
 * The namespaces of a package, from its workbook part's text.
 *
 * @example namespacesOf('<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main">').strict // true
 */
export function namespacesOf(workbookXml: string): Namespaces {
  return workbookXml.includes(STRICT.main) ? STRICT : TRANSITIONAL;
}

/** Content types of the parts the CLI adds (the same in both flavours). */
export const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
  extendedProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;
