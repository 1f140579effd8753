import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WorkbookPackage } from '../../src/cli/package/workbook/workbook-package';
import { deflateStream, ZipWriter } from '../../src/cli/package/zip/zip-writer';
import { GOOD_AS_OF, goodWorkbookSpecs, workbookOf } from './helpers/good-workbook';
import { changedParts } from './helpers/xlsx-package';
import { filesIn, runCli, workspaceWith } from './helpers/workspace';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A worksheet part of `rows` rows after a header, each cell an inline string or a number. */
async function* bigSheet(
  header: readonly string[],
  rows: number,
  cell: (r: number, c: number) => string | number,
) {
  const c = (ref: string, v: string | number) =>
    typeof v === 'number'
      ? `<c r="${ref}"><v>${v}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const letters = (i: number) => String.fromCharCode(65 + i);
  yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
  yield `<row r="1">${header.map((h, i) => c(`${letters(i)}1`, h)).join('')}</row>`;
  for (let at = 0; at < rows; at += 10_000) {
    let piece = '';
    for (let r = at; r < Math.min(rows, at + 10_000); r++)
      piece += `<row r="${r + 2}">${header.map((_, i) => c(`${letters(i)}${r + 2}`, cell(r, i))).join('')}</row>`;
    yield piece;
  }
  yield '</sheetData></worksheet>';
}

describe('track at scale', () => {
  it('stops on a 1,000,000-row Tasks table with a message naming the limit, writing nothing', async () => {
    const specs = goodWorkbookSpecs();
    const tasks = specs.find((s) => s.name === 'Tasks');
    if (tasks !== undefined) tasks.asTable = true;
    const bytes = await workbookOf(specs);
    const pkg = WorkbookPackage.open(bytes);
    const table = pkg.table('Tasks')?.table;
    if (table === undefined) throw new Error('no Tasks table');
    // The table as Excel would save it at a million rows: its range says so.
    const out = new ZipWriter();
    for (const e of pkg.zip.entries)
      if (e.name === table.part) out.add(e.name, table.xml.replace(/ref="A1:J5"/g, 'ref="A1:J1000001"'));
      else out.copy(pkg.zip, e);
    const { dir } = await workspaceWith('plan.xlsx', out.finish());
    const run = await runCli(dir, 'track', 'plan.xlsx', '--as-of', GOOD_AS_OF);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'plan.xlsx: table Tasks on sheet Tasks has more than 5,000,000 cells, more than this tool reads in one run (docs/cli.md, "Limits"); split it, or archive old rows in another workbook\n',
    );
    expect(await filesIn(dir)).toEqual(['plan.xlsx']);
  });

  it('copies a 150,000-row sheet it never reads without reading it, byte for byte', async () => {
    const specs = goodWorkbookSpecs();
    specs.push({ name: 'Raw export', asTable: false, header: ['Day', 'Campaign', 'Cost'], rows: [] });
    const base = WorkbookPackage.open(await workbookOf(specs));
    const part = base.sheet('Raw export')?.part ?? '';
    const body = await deflateStream(
      bigSheet(['Day', 'Campaign', 'Cost'], 150_000, (r, c) => (c === 1 ? `Campaign ${r % 50}` : r)),
    );
    const out = new ZipWriter();
    for (const e of base.zip.entries)
      if (e.name === part) out.addDeflated(e.name, body);
      else out.copy(base.zip, e);
    const input = out.finish();
    const { dir } = await workspaceWith('plan.xlsx', input);
    const run = await runCli(dir, 'track', 'plan.xlsx', '--as-of', GOOD_AS_OF);
    expect(run.code).toBe(0);
    const output = new Uint8Array(await readFile(join(dir, 'plan.tracked.xlsx')));
    expect(changedParts(input, output)).not.toContain(part);
    await writeFile(join(dir, 'check.xlsx'), output);
    expect((await runCli(dir, 'track', 'check.xlsx', '--as-of', GOOD_AS_OF)).code).toBe(0);
  }, 120_000);
});
