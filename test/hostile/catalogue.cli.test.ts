import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { filesIn, runCli, sha256, workspaceWith } from '../cli/helpers/workspace';
import { xlsxOf } from './book-xlsx';
import { HOSTILE_CASES } from './catalogue';
import { expectedErrors, linesAt, type StopsWith } from './hostile-case';

// Every stopping case of the catalogue through the command-line tool, on an .xlsx file: each must exit
// 1, print the error at its address, write no workbook and leave the memory files byte for byte.
const stopping = HOSTILE_CASES.flatMap((c) =>
  typeof c.expect === 'function' ? [] : [{ ...c, expect: c.expect satisfies StopsWith }],
);

const MEMORY = {
  'campaigns.json': '[\n  {"run_id": "earlier", "campaign_id": "C-1"}\n]\n',
  'learnings.json': '[]\n',
};

describe('hostile input through campaign-operator track', () => {
  it.each(stopping.map((c) => [`${c.kind}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    const { dir, file } = await workspaceWith('plan.xlsx', await xlsxOf(c.book));
    await mkdir(join(dir, 'memory'));
    for (const [name, text] of Object.entries(MEMORY)) await writeFile(join(dir, 'memory', name), text);
    const before = { input: sha256(file), files: await filesIn(dir) };
    const memory = Object.keys(MEMORY).map((name) => sha256(join(dir, 'memory', name)));

    const campaigns = (c.campaignIds ?? []).flatMap((id) => ['--campaign', id]);
    const { code, stderr } = await runCli(dir, 'track', 'plan.xlsx', ...campaigns);

    expect(code).toBe(1);
    for (const one of expectedErrors(c.expect))
      expect([one.address, linesAt(stderr.split('\n'), one)]).not.toEqual([one.address, []]);
    expect(await filesIn(dir)).toEqual(before.files);
    expect(sha256(file)).toBe(before.input);
    expect(Object.keys(MEMORY).map((name) => sha256(join(dir, 'memory', name)))).toEqual(memory);
  });
});
