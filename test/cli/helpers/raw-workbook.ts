import JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

export interface RawSheet {
  readonly name: string;
  /** The content of `<sheetData>` (rows), or a whole worksheet part when it starts with `<?xml`. */
  readonly xml: string;
  /** Table parts on this sheet (whole XML). */
  readonly tables?: readonly string[];
}

export interface RawWorkbookSpec {
  readonly sheets: readonly RawSheet[];
  /** `<si>` items of the shared strings part (none: no part). */
  readonly sharedStrings?: readonly string[];
  /** The content of `<cellXfs>` and the `<numFmts>` element (none: a default styles part). */
  readonly styles?: { readonly numFmts?: string; readonly cellXfs: string };
  readonly date1904?: boolean;
  /** Element prefix for SpreadsheetML (`x` writes `<x:worksheet>`), as the Open XML SDK does. */
  readonly prefix?: string;
  /** Strict Open XML namespaces. */
  readonly strict?: boolean;
  /** Relationship targets written absolute (`/xl/worksheets/sheet1.xml`), as some producers do. */
  readonly absoluteTargets?: boolean;
  /** Extra parts (name → text), kept as they are. */
  readonly extraParts?: Readonly<Record<string, string>>;
  /** The workbook part's content type (macro-enabled: `application/vnd.ms-excel.sheet.macroEnabled.main+xml`). */
  readonly workbookType?: string;
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * The bytes of a workbook package written part by part, exactly as given: to reproduce what other
 * producers write (LibreOffice's tables, openpyxl's `t="d"` dates, prefixed elements, Strict
 * namespaces, absolute targets) without going through any library's model of a workbook.
 *
 * @example await rawWorkbook({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A1" t="d"><v>2026-01-15</v></c></row>' }] })
 */
export async function rawWorkbook(spec: RawWorkbookSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  const main = spec.strict === true ? STRICT_MAIN : MAIN;
  const rel = spec.strict === true ? STRICT_REL : REL;
  const relType = (t: string) => `${rel}/${t}`;
  const p = spec.prefix === undefined ? '' : `${spec.prefix}:`;
  const nsDecl = spec.prefix === undefined ? `xmlns="${main}"` : `xmlns:${spec.prefix}="${main}"`;
  const target = (path: string) => (spec.absoluteTargets === true ? `/xl/${path}` : path);
  const overrides: string[] = [];
  const wbRels: string[] = [];
  const sheets: string[] = [];
  let tableNumber = 0;
  spec.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const sheetRels: string[] = [];
    const tableParts: string[] = [];
    for (const table of sheet.tables ?? []) {
      tableNumber += 1;
      zip.file(`xl/tables/table${tableNumber}.xml`, table);
      overrides.push(
        `<Override PartName="/xl/tables/table${tableNumber}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
      );
      sheetRels.push(
        `<Relationship Id="rId${sheetRels.length + 1}" Type="${relType('table')}" Target="${spec.absoluteTargets === true ? `/xl/tables/table${tableNumber}.xml` : `../tables/table${tableNumber}.xml`}"/>`,
      );
      tableParts.push(`<${p}tablePart r:id="rId${sheetRels.length}"/>`);
    }
    const body = sheet.xml.startsWith('<?xml')
      ? sheet.xml
      : `${xmlHead}<${p}worksheet ${nsDecl} xmlns:r="${rel}"><${p}sheetData>${sheet.xml}</${p}sheetData>${
          tableParts.length === 0
            ? ''
            : `<${p}tableParts count="${tableParts.length}">${tableParts.join('')}</${p}tableParts>`
        }</${p}worksheet>`;
    zip.file(`xl/worksheets/sheet${n}.xml`, body);
    if (sheetRels.length > 0)
      zip.file(
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels.join('')}</Relationships>`,
      );
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    wbRels.push(
      `<Relationship Id="rId${n}" Type="${relType('worksheet')}" Target="${target(`worksheets/sheet${n}.xml`)}"/>`,
    );
    const escaped = sheet.name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    sheets.push(`<${p}sheet name="${escaped}" sheetId="${n}" r:id="rId${n}"/>`);
  });
  const extra = spec.sheets.length;
  if (spec.sharedStrings !== undefined) {
    zip.file(
      'xl/sharedStrings.xml',
      `${xmlHead}<${p}sst ${nsDecl} count="${spec.sharedStrings.length}" uniqueCount="${spec.sharedStrings.length}">${spec.sharedStrings
        .map((s) => `<${p}si>${s}</${p}si>`)
        .join('')}</${p}sst>`,
    );
    overrides.push(
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    );
    wbRels.push(
      `<Relationship Id="rId${extra + 1}" Type="${relType('sharedStrings')}" Target="${target('sharedStrings.xml')}"/>`,
    );
  }
  const styles = spec.styles ?? {
    cellXfs: `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
  };
  const xfCount = (styles.cellXfs.match(new RegExp(`<${p}xf[\\s/>]`, 'g')) ?? []).length;
  zip.file(
    'xl/styles.xml',
    `${xmlHead}<${p}styleSheet ${nsDecl}>${styles.numFmts ?? ''}<${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font></${p}fonts><${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills><${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders><${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs><${p}cellXfs count="${xfCount}">${styles.cellXfs}</${p}cellXfs></${p}styleSheet>`,
  );
  overrides.push(
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
  );
  wbRels.push(
    `<Relationship Id="rId${extra + 2}" Type="${relType('styles')}" Target="${target('styles.xml')}"/>`,
  );
  for (const [name, text] of Object.entries(spec.extraParts ?? {})) zip.file(name, text);
  zip.file(
    'xl/workbook.xml',
    `${xmlHead}<${p}workbook ${nsDecl} xmlns:r="${rel}"><${p}workbookPr${spec.date1904 === true ? ' date1904="1"' : ''}/><${p}sheets>${sheets.join('')}</${p}sheets></${p}workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${wbRels.join('')}</Relationships>`,
  );
  zip.file(
    '_rels/.rels',
    `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relType('officeDocument')}" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    '[Content_Types].xml',
    `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${spec.workbookType ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'}"/>${overrides.join('')}</Types>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A LibreOffice-style table part: no `tableStyleInfo`, no `headerRowCount`. */
export function tableXml(
  id: number,
  name: string,
  ref: string,
  columns: readonly string[],
  extra = '',
): string {
  return `${xmlHead}<table xmlns="${MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1" totalsRowCount="0" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${columns
    .map((c, i) => `<tableColumn id="${i + 1}" name="${c}"/>`)
    .join('')}</tableColumns>${extra}</table>`;
}
