import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordingIo } from '../../../test/cli/helpers/recording-io';
import { UsageError } from '../errors';
import { trackOptions } from './track-options';

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'co-options-'));
  await writeFile(join(dir, 'q3.xlsx'), 'x');
  await mkdir(join(dir, 'folder.xlsx'));
  return dir;
}

describe('trackOptions', () => {
  it('defaults: output beside the input, ./memory, no as-of, active campaigns, summary', async () => {
    const dir = await workspace();
    expect(await trackOptions({ positionals: ['q3.xlsx'], values: {} }, recordingIo(dir))).toEqual({
      input: join(dir, 'q3.xlsx'),
      output: join(dir, 'q3.tracked.xlsx'),
      memoryDir: join(dir, 'memory'),
      asOf: null,
      campaignIds: [],
      json: false,
    });
  });

  it('reads every option', async () => {
    const dir = await workspace();
    const options = await trackOptions(
      {
        positionals: ['q3.xlsx'],
        values: {
          out: 'q3.xlsx',
          'as-of': '2026-11-24T10:00:00+01:00',
          campaign: ['C-1', 'C-2'],
          memory: 'm',
          json: true,
        },
      },
      recordingIo(dir),
    );
    expect(options).toMatchObject({
      output: join(dir, 'q3.xlsx'),
      memoryDir: join(dir, 'm'),
      asOf: Date.UTC(2026, 10, 24, 9),
      campaignIds: ['C-1', 'C-2'],
      json: true,
    });
  });

  it.each([
    [['missing.xlsx'], {}, 'file not found: missing.xlsx'],
    [['q3.csv'], {}, 'q3.csv is not an .xlsx workbook'],
    [['folder.xlsx'], {}, 'folder.xlsx is not a file'],
    [
      ['q3.xlsx'],
      { 'as-of': '2026-11-24' },
      '--as-of "2026-11-24" is not an ISO 8601 date-time with a time zone',
    ],
    [['q3.xlsx'], { 'as-of': 'yesterday' }, 'is not an ISO 8601 date-time'],
    [['q3.xlsx'], { out: 'nowhere/out.xlsx' }, 'the folder of nowhere/out.xlsx does not exist'],
    [['q3.xlsx'], { out: 'out.txt' }, 'out.txt must end in .xlsx'],
    [['q3.xlsx'], { campaign: [' '] }, '--campaign needs a campaign ID'],
  ])('%j %j is wrong usage: %s', async (positionals, values, message) => {
    const dir = await workspace();
    const options = trackOptions({ positionals, values }, recordingIo(dir));
    await expect(options).rejects.toBeInstanceOf(UsageError);
    await expect(options).rejects.toThrow(message);
  });
});
