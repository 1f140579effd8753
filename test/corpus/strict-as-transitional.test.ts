import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateOoxml } from '../support/ooxml-validate';
import { CORPUS_FOLDER } from './corpus-files';
import { readParts } from './package-diff';
import { asTransitional, hasStrictParts } from './strict-as-transitional';

describe('a Strict package read as transitional', () => {
  it('tells Strict packages from transitional ones', async () => {
    expect(
      hasStrictParts(await readParts(await readFile(join(CORPUS_FOLDER, 'poi-SimpleStrict.xlsx')))),
    ).toBe(true);
    expect(hasStrictParts(await readParts(await readFile(join(CORPUS_FOLDER, 'sheetjs-1904.xlsx'))))).toBe(
      false,
    );
  });

  it('lets the transitional schemas check what Excel wrote in Strict, leaving only what Strict adds', async () => {
    const file = join(CORPUS_FOLDER, 'poi-SimpleStrict.xlsx');
    expect((await validateOoxml(file)).summary).toBe('3/10 parts valid');
    const twin = join(await mkdtemp(join(tmpdir(), 'co-strict-')), 'twin.xlsx');
    await writeFile(twin, await asTransitional(await readParts(await readFile(file))));
    const { invalid, summary } = await validateOoxml(twin);
    expect(summary).toBe('8/10 parts valid');
    expect([...invalid.keys()]).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet2.xml']);
    expect(invalid.get('xl/worksheets/sheet2.xml')).toMatch(/The value 'd' is not an element of the set/);
  });
});
