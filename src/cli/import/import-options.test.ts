import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordingIo } from '../../../test/cli/helpers/recording-io';
import { UsageError } from '../errors';
import { importOptions } from './import-options';

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'co-import-options-'));
  await writeFile(join(dir, 'q2.xlsx'), 'x');
  await writeFile(join(dir, 'ads.csv'), 'x');
  await mkdir(join(dir, 'folder'));
  return dir;
}

const args = (values: Record<string, string | boolean>, file = 'ads.csv') => ({
  positionals: [file],
  values,
});

describe('importOptions', () => {
  it('resolves paths and defaults to replace', async () => {
    const dir = await workspace();
    expect(await importOptions(args({ into: 'q2.xlsx', campaign: ' C-1 ' }), recordingIo(dir))).toEqual({
      exportPath: join(dir, 'ads.csv'),
      workbook: join(dir, 'q2.xlsx'),
      campaignId: 'C-1',
      mode: 'replace',
      dryRun: false,
    });
  });

  it('reads every option, in any case', async () => {
    const dir = await workspace();
    const values = {
      into: 'q2.xlsx',
      campaign: 'C-1',
      channel: ' Podcast ',
      mode: 'SKIP',
      'date-format': 'dmy',
      currency: 'eur',
      'dry-run': true,
    };
    expect(await importOptions(args(values), recordingIo(dir))).toMatchObject({
      channel: 'Podcast',
      mode: 'skip',
      dateFormat: 'DMY',
      currency: 'EUR',
      dryRun: true,
    });
  });

  it.each([
    [{ campaign: 'C-1' }, 'ads.csv', '--into <workbook.xlsx> is required'],
    [{ into: 'q2.xlsx' }, 'ads.csv', '--campaign <id> is required'],
    [{ into: 'q2.xlsx', campaign: ' ' }, 'ads.csv', '--campaign <id> is required'],
    [{ into: 'q2.xlsx', campaign: 'C-1' }, 'missing.csv', 'file not found: missing.csv'],
    [{ into: 'q2.xlsx', campaign: 'C-1' }, 'folder', 'folder is not a file'],
    [{ into: 'nope.xlsx', campaign: 'C-1' }, 'ads.csv', 'file not found: nope.xlsx'],
    [
      { into: 'q2.xlsx', campaign: 'C-1', mode: 'merge' },
      'ads.csv',
      '--mode must be replace or skip, not "merge"',
    ],
    [
      { into: 'q2.xlsx', campaign: 'C-1', 'date-format': 'YMD' },
      'ads.csv',
      '--date-format must be DMY or MDY, not "YMD"',
    ],
    [
      { into: 'q2.xlsx', campaign: 'C-1', currency: 'euro' },
      'ads.csv',
      '--currency "euro" is not a three-letter ISO 4217 code such as USD',
    ],
    [{ into: 'q2.xlsx', campaign: 'C-1', channel: '  ' }, 'ads.csv', '--channel needs a channel name'],
  ])('refuses %j with %s', async (values, file, message) => {
    const dir = await workspace();
    const run = importOptions(args(values, file), recordingIo(dir));
    await expect(run).rejects.toThrow(UsageError);
    await expect(run).rejects.toThrow(message);
  });
});
