import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bytesOf, reopen, rewritePart, withPart } from '../cli/helpers/xlsx-package';
import { CORPUS_FOLDER } from './corpus-files';
import { diffParts, readParts } from './package-diff';
import { sharedOwnedParts, whatWasKept } from './owned-parts';

const corpus = (name: string): Promise<Buffer> => readFile(join(CORPUS_FOLDER, name));

/** The budget template Excel 2016 wrote: a chart, custom XML, text boxes and two tables. */
const BUDGET = 'poi-simple-monthly-budget.xlsx';

async function withoutPart(bytes: Uint8Array, path: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.remove(path);
  return zip.generateAsync({ type: 'uint8array' });
}

/** A sheet added the way a patching writer adds one: new part, relationship, override, <sheet>. */
async function withSheetAdded(bytes: Uint8Array): Promise<Uint8Array> {
  let out = await withPart(bytes, 'xl/worksheets/sheet2.xml', '<worksheet xmlns="urn:x"/>');
  out = await rewritePart(out, 'xl/workbook.xml', (xml) =>
    xml
      .replace('</sheets>', '<sheet name="Tasks" sheetId="2" r:id="rId9"/></sheets>')
      .replace('<calcPr calcId="171027"/>', '<calcPr calcId="171027" fullCalcOnLoad="1"/>'),
  );
  out = await rewritePart(out, 'xl/_rels/workbook.xml.rels', (xml) =>
    xml.replace(
      '<Relationship Id="rId3"',
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3"',
    ),
  );
  out = await rewritePart(out, '[Content_Types].xml', (xml) =>
    xml.replace(
      '</Types>',
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  return rewritePart(out, 'xl/styles.xml', (xml) =>
    xml.replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_m, n: string, xfs: string) => {
      return `<cellXfs count="${Number(n) + 1}">${xfs}<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>`;
    }),
  );
}

describe('diffParts', () => {
  it('lists the parts added, removed and changed, by their uncompressed bytes', async () => {
    const bytes = await corpus(BUDGET);
    const before = await readParts(bytes);
    expect(diffParts(before, await readParts(bytes))).toMatchObject({ added: [], removed: [], changed: [] });
    let after = await withPart(bytes, 'xl/worksheets/sheet2.xml', '<worksheet/>');
    after = await withoutPart(after, 'customXml/item1.xml');
    after = await rewritePart(after, 'xl/charts/chart1.xml', (xml) =>
      xml.replace('</c:chartSpace>', ' </c:chartSpace>'),
    );
    const diff = diffParts(before, await readParts(after));
    expect(diff).toMatchObject({
      added: ['xl/worksheets/sheet2.xml'],
      removed: ['customXml/item1.xml'],
      changed: ['xl/charts/chart1.xml'],
    });
    expect(diff.unchanged).toHaveLength(before.size - 2);
  });

  it('sees no change where only the compression differs', async () => {
    const bytes = await corpus(BUDGET);
    const zip = await JSZip.loadAsync(bytes);
    const stored = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    expect(stored.length).toBeGreaterThan(bytes.length);
    expect(diffParts(await readParts(bytes), await readParts(stored))).toMatchObject({
      changed: [],
      added: [],
      removed: [],
    });
  });
});

describe('sharedOwnedParts', () => {
  it('finds the parts every command may patch through the relationships', async () => {
    expect(Object.fromEntries(sharedOwnedParts(await readParts(await corpus(BUDGET))))).toEqual({
      '[Content_Types].xml': 'content types',
      'docProps/app.xml': 'app properties',
      'xl/workbook.xml': 'workbook',
      'xl/_rels/workbook.xml.rels': 'workbook relationships',
      'xl/styles.xml': 'styles',
      'xl/sharedStrings.xml': 'shared strings',
      'xl/calcChain.xml': 'calculation chain',
    });
  });

  it('follows Strict relationship types and absolute targets', async () => {
    expect(
      [...sharedOwnedParts(await readParts(await corpus('poi-SimpleStrict.xlsx'))).values()].sort(),
    ).toEqual([
      'app properties',
      'calculation chain',
      'content types',
      'shared strings',
      'styles',
      'workbook',
      'workbook relationships',
    ]);
    const absolute = sharedOwnedParts(
      await readParts(await corpus('calamine-table_with_absolute_paths.xlsx')),
    );
    expect(absolute.get('xl/styles.xml')).toBe('styles');
  });
});

describe('whatWasKept', () => {
  it('accepts a write that adds a sheet, a style and a calculation flag and keeps the rest', async () => {
    const bytes = await corpus(BUDGET);
    const report = whatWasKept(await readParts(bytes), await readParts(await withSheetAdded(bytes)));
    expect(report).toEqual({
      removed: [],
      changedForeign: [],
      ownedLosses: [],
      changedOwned: ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml'],
      added: ['xl/worksheets/sheet2.xml'],
    });
  });

  it('names a foreign part that changed and a part that is gone; a calculation chain may go', async () => {
    const bytes = await corpus(BUDGET);
    let after = await rewritePart(bytes, 'xl/charts/chart1.xml', (xml) =>
      xml.replace('<c:roundedCorners val="0"/>', ''),
    );
    after = await withoutPart(after, 'customXml/itemProps1.xml');
    after = await withoutPart(after, 'xl/calcChain.xml');
    const report = whatWasKept(await readParts(bytes), await readParts(after));
    expect(report).toMatchObject({
      removed: ['customXml/itemProps1.xml'],
      changedForeign: ['xl/charts/chart1.xml'],
    });
  });

  it('counts the sheets of input tables it writes to as owned when told', async () => {
    const bytes = await corpus(BUDGET);
    const after = await rewritePart(bytes, 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace('</sheetData>', '<row r="99"/></sheetData>'),
    );
    expect(whatWasKept(await readParts(bytes), await readParts(after)).changedForeign).toEqual([
      'xl/worksheets/sheet1.xml',
    ]);
    expect(
      whatWasKept(await readParts(bytes), await readParts(after), ['xl/worksheets/sheet1.xml']),
    ).toMatchObject({
      changedForeign: [],
      changedOwned: ['xl/worksheets/sheet1.xml'],
    });
  });

  it('names what an owned part lost: a defined name, a renumbered style, an absolute target made relative', async () => {
    const budget = await corpus(BUDGET);
    let after = await rewritePart(budget, 'xl/workbook.xml', (xml) =>
      xml.replace(/<definedName name="TotalMonthlyIncome">[^<]*<\/definedName>/, ''),
    );
    after = await rewritePart(after, 'xl/styles.xml', (xml) =>
      xml.replace(/<cellXfs count="(\d+)">/, '<cellXfs count="$1"><xf numFmtId="14"/>'),
    );
    const losses = whatWasKept(await readParts(budget), await readParts(after)).ownedLosses;
    expect(losses).toContain(
      'xl/workbook.xml (workbook): /workbook/definedNames/definedName[name="TotalMonthlyIncome"]: missing',
    );
    expect(losses.some((l) => l.startsWith('xl/styles.xml (styles): /styleSheet/cellXfs/xf[1]/'))).toBe(true);

    const openpyxl = await corpus('calamine-table_with_absolute_paths.xlsx');
    const relative = await rewritePart(openpyxl, 'xl/_rels/workbook.xml.rels', (xml) =>
      xml.replace('Target="/xl/worksheets/sheet1.xml"', 'Target="worksheets/sheet1.xml"'),
    );
    expect(whatWasKept(await readParts(openpyxl), await readParts(relative)).ownedLosses).toEqual([
      'xl/_rels/workbook.xml.rels (workbook relationships): /Relationships/Relationship[Id="rId1"]/@Target: "/xl/worksheets/sheet1.xml" became "worksheets/sheet1.xml"',
    ]);
  });

  it('names what a whole-workbook rewrite loses: an ExcelJS load and write of the budget', async () => {
    const bytes = await corpus(BUDGET);
    const rewritten = await bytesOf(await reopen(bytes));
    const report = whatWasKept(await readParts(bytes), await readParts(rewritten));
    expect(report.removed).toEqual(
      expect.arrayContaining(['customXml/item1.xml', 'docProps/custom.xml', 'xl/charts/chart1.xml']),
    );
    expect(report.changedForeign).toContain('xl/worksheets/sheet1.xml');
  });
});
