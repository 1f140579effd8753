import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { filesIn, runCli, sha256, workspaceWith } from '../cli/helpers/workspace';
import { xlsxOf } from './book-xlsx';
import { FILE_CASES, LEAKS, xlsxByBytes, type FileCase } from './file-kinds';
import { baseBook } from './hostile-book';

/** The line a file case prints first: `plan.xlsx is …`, or `plan.xlsx: …` for a damaged package. */
function saysFor(file: string, c: FileCase): RegExp {
  const name = file.replace('.', '\\.');
  return new RegExp(`^${name}${c.damaged === true ? ':' : ''} ${c.says.source}`);
}

const CSV = 'Campaign,Impressions,Clicks,Cost\nSpring,1000,12,40.50\n';

// Every file that is no workbook this tool can read, given to `track` and to `import --into`: exit 1,
// one line naming the file and what it is, no library message or temporary file, nothing written.
describe.each(FILE_CASES.map((c) => [c.name, c] as const))('given %s as the workbook', (_name, c) => {
  it('track says what the file is and writes nothing', async () => {
    const { dir, file } = await workspaceWith('plan.xlsx', await c.bytes());
    const before = { files: await filesIn(dir), bytes: sha256(file) };
    const { code, stderr } = await runCli(dir, 'track', 'plan.xlsx');
    expect(code).toBe(1);
    expect(stderr).toMatch(saysFor('plan.xlsx', c));
    expect(stderr).not.toMatch(LEAKS);
    expect(await filesIn(dir)).toEqual(before.files);
    expect(sha256(file)).toBe(before.bytes);
  });

  it('import says the same and writes nothing', async () => {
    const { dir, file } = await workspaceWith('plan.xlsx', await c.bytes());
    await writeFile(join(dir, 'ads.csv'), CSV);
    const before = { files: await filesIn(dir), bytes: sha256(file) };
    const { code, stderr } = await runCli(
      dir,
      'import',
      'ads.csv',
      '--into',
      'plan.xlsx',
      '--campaign',
      'C-1',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(saysFor('plan.xlsx', c));
    expect(stderr).not.toMatch(LEAKS);
    expect(await filesIn(dir)).toEqual(before.files);
    expect(sha256(file)).toBe(before.bytes);
  });
});

describe('an export that is no text export', () => {
  it.each(
    FILE_CASES.filter((c) => !xlsxByBytes(c) && !/text file|empty/.test(c.says.source)).map(
      (c) => [c.name, c] as const,
    ),
  )('%s: import names it and writes nothing', async (_name, c) => {
    const { dir, file } = await workspaceWith('plan.xlsx', await xlsxOf(baseBook()));
    await writeFile(join(dir, 'ads.bin'), await c.bytes());
    const before = { files: await filesIn(dir), bytes: sha256(file) };
    const { code, stderr } = await runCli(
      dir,
      'import',
      'ads.bin',
      '--into',
      'plan.xlsx',
      '--campaign',
      'C-1',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^ads\.bin: the file is /);
    expect(stderr).not.toMatch(LEAKS);
    expect(await filesIn(dir)).toEqual(before.files);
    expect(sha256(file)).toBe(before.bytes);
  });
});

describe('a workbook that cannot be written', () => {
  it('names the output the user gave, never the hidden file staged beside it', async () => {
    const { dir, file } = await workspaceWith('plan.xlsx', await xlsxOf(baseBook()));
    await mkdir(join(dir, 'plan.tracked.xlsx'));
    const before = sha256(file);
    const { code, stderr } = await runCli(dir, 'track', 'plan.xlsx');
    expect(code).toBe(1);
    expect(stderr).toBe(
      'campaign-operator: cannot write plan.tracked.xlsx: the system refused the write: it is not a regular file. Nothing was written.\n',
    );
    expect(sha256(file)).toBe(before);
    expect((await filesIn(dir)).filter((f) => f !== 'plan.xlsx')).toEqual([]);
  });
});

// Checked with the options (exit 2, usage follows), before any file is opened.
describe('a folder given where a file is expected', () => {
  it('as the workbook of track: named, nothing written', async () => {
    const { dir } = await workspaceWith('other.xlsx', await xlsxOf(baseBook()));
    await mkdir(join(dir, 'plan.xlsx'));
    const before = await filesIn(dir);
    const { code, stderr } = await runCli(dir, 'track', 'plan.xlsx');
    expect([code, stderr.split('\n')[0]]).toEqual([2, 'campaign-operator: plan.xlsx is not a file']);
    expect(await filesIn(dir)).toEqual(before);
  });

  it('as the export of import: named, nothing written', async () => {
    const { dir, file } = await workspaceWith('plan.xlsx', await xlsxOf(baseBook()));
    await mkdir(join(dir, 'ads.csv'));
    const before = { files: await filesIn(dir), bytes: sha256(file) };
    const { code, stderr } = await runCli(
      dir,
      'import',
      'ads.csv',
      '--into',
      'plan.xlsx',
      '--campaign',
      'C-1',
    );
    expect([code, stderr.split('\n')[0]]).toEqual([2, 'campaign-operator: ads.csv is not a file']);
    expect(await filesIn(dir)).toEqual(before.files);
    expect(sha256(file)).toBe(before.bytes);
  });
});

// The damaged workbooks given as an .xlsx export, read by the export reader (src/imports/xlsx): a
// package it cannot unpack is refused in its words; one whose sheets still read is imported from
// the sheet that holds an export (ChannelMetrics), as any workbook is. No library words either way.
const AS_EXPORT: Readonly<Record<string, RegExp | 'imports'>> = {
  'a part that would expand beyond what the tool reads':
    /^ads\.xlsx: the file is an Excel workbook that cannot be read: /,
  'a part whose size does not match (Bug : uncompressed data size mismatch)':
    /^ads\.xlsx: the file is an Excel workbook that cannot be read: /,
  'every sheet part missing (an empty workbook)': /^ads\.xlsx: no header row was found/,
  'a download cut short': /^ads\.xlsx: the file is an Excel workbook that cannot be read: /,
  "a table part missing (reading 'name')": 'imports',
  "a sheet part that is not XML (setting 'sheetNo')": 'imports',
};

describe.each(FILE_CASES.filter(xlsxByBytes).map((c) => [c.name, c] as const))(
  'an .xlsx export with %s',
  (name, c) => {
    it('import refuses it in words, or reads the sheets it can', async () => {
      const expected = AS_EXPORT[name];
      const { dir, file } = await workspaceWith('plan.xlsx', await xlsxOf(baseBook()));
      await writeFile(join(dir, 'ads.xlsx'), await c.bytes());
      const before = { files: await filesIn(dir), bytes: sha256(file) };
      const { code, stdout, stderr } = await runCli(
        dir,
        'import',
        'ads.xlsx',
        '--into',
        'plan.xlsx',
        '--campaign',
        'C-1',
      );
      expect(`${stdout}${stderr}`).not.toMatch(LEAKS);
      if (expected === 'imports') {
        expect([code, stderr]).toEqual([0, '']);
        return;
      }
      expect(code).toBe(1);
      expect(stderr).toMatch(expected ?? /no expectation for this case/);
      expect(await filesIn(dir)).toEqual(before.files);
      expect(sha256(file)).toBe(before.bytes);
    });
  },
);
