import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cellXml, partNames, partText, reopen, sheetXml } from '../cli/helpers/xlsx-package';
import { runCli, workspaceWith } from '../cli/helpers/workspace';
import { xlsxOf } from './book-xlsx';
import { injectedBook } from './injected-book';
import { asRead, INJECTION_PAYLOADS } from './payloads';

/** Text as an XML element holds it (quotes need no escaping there). */
const xmlEscaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The tracked workbook the command-line tool writes, read back as XML: no cell anywhere holds a
// formula (`<f>`), and the payloads sit in the cells as text.
describe.each(INJECTION_PAYLOADS.map((p) => [JSON.stringify(p), p] as const))(
  'payload %s',
  (_name, payload) => {
    it('is stored as string cells, never as a formula', async () => {
      const input = await xlsxOf(injectedBook(payload));
      const { dir } = await workspaceWith('plan.xlsx', input);
      const run = await runCli(dir, 'track', 'plan.xlsx');
      expect(run.stderr).not.toMatch(/^\S+![A-Z]+\d+: .*(is not|holds|does not)/m);
      expect(run.code).toBe(0);

      const bytes = new Uint8Array(await readFile(join(dir, 'plan.tracked.xlsx')));
      const sheets = (await partNames(bytes)).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
      expect(sheets.length).toBeGreaterThan(6);
      for (const part of sheets) expect(await partText(bytes, part)).not.toMatch(/<f[ >]/);
      const text = asRead(payload);
      // The written-back cell holds the payload as an inline string, with Excel's quote prefix.
      const written = cellXml(await sheetXml(bytes, 'Tasks'), 'H3') ?? '';
      expect(written).toContain('t="inlineStr"');
      expect(written).toContain(`>${xmlEscaped(text)}</t>`);

      // Read back through ExcelJS: the written-back cells are plain strings (a formula would be an object).
      const tasks = (await reopen(bytes)).getWorksheet('Tasks');
      expect(tasks?.getCell('H3').value).toBe(text);
      expect(typeof tasks?.getCell('O4').value).toBe('string');
      // An input cell the run does not track (T-1's Title) is kept as the input file holds it.
      const before = (await reopen(input)).getWorksheet('Tasks')?.getCell('C2').value;
      expect(typeof before).toBe('string');
      expect(tasks?.getCell('C2').value).toBe(before);
    });
  },
);
