import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { goodWorkbookSpecs, GOOD_AS_OF, workbookOf } from '../cli/helpers/good-workbook';
import { filesIn, runCli, sha256 } from '../cli/helpers/workspace';
import { faultWorkspace, MEMORY_BEFORE } from './fault-workspace';

/** Ways a memory file can be damaged; each must stop the run before anything is written. */
const DAMAGE: ReadonlyArray<readonly [string, string | Uint8Array | 'directory', RegExp]> = [
  ['cut off mid-entry', '[\n  { "run_id": "by-hand", "campaign', /is not valid JSON/],
  ['an object, not an array', '{ "entries": [] }\n', /is valid JSON but not an array/],
  ['null', 'null\n', /is valid JSON but not an array/],
  ['empty', '', /is not valid JSON/],
  ['binary', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe]), /is not valid JSON/],
  ['UTF-16 text', new Uint8Array([0xff, 0xfe, 0x5b, 0x00, 0x5d, 0x00]), /is not valid JSON/],
  ['a folder in its place', 'directory', /cannot be read \(EISDIR\)/],
];

describe.each(['campaigns.json', 'learnings.json'])('a damaged memory/%s', (name) => {
  it.each(DAMAGE)('%s: the run stops naming it, and no file changes', async (_what, content, reason) => {
    const ws = await faultWorkspace(await workbookOf(goodWorkbookSpecs()));
    const damaged = join(ws.memory, name);
    if (content === 'directory') {
      await rm(damaged);
      await mkdir(damaged);
    } else {
      await writeFile(damaged, content);
    }
    const damagedHash = content === 'directory' ? null : sha256(damaged);
    const other = Object.keys(MEMORY_BEFORE).find((n) => n !== name) ?? '';
    const files = await filesIn(ws.dir);

    const { code, stderr } = await runCli(ws.dir, 'track', 'plan.xlsx', '--as-of', GOOD_AS_OF);
    expect(code).toBe(1);
    expect(stderr).toContain(damaged);
    expect(stderr).toMatch(reason);
    expect(stderr).toContain('it is never overwritten');
    if (damagedHash !== null) expect(sha256(damaged)).toBe(damagedHash);
    expect(sha256(join(ws.memory, other))).toBe(ws.before.memory[other]);
    expect(sha256(ws.input)).toBe(ws.before.input);
    expect(await filesIn(ws.dir)).toEqual(files);
  });
});
