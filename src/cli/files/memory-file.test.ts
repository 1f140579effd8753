import fc from 'fast-check';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendedText, MemoryFileError, readMemoryFile, type MemoryFile } from './memory-file';

async function fileWith(text: string | null): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'co-memory-')), 'learnings.json');
  if (text !== null) await writeFile(path, text);
  return path;
}

describe('memory files', () => {
  it('reads a missing file as empty', async () => {
    const path = await fileWith(null);
    expect(await readMemoryFile(path)).toEqual({ path, text: null, entries: [] });
  });

  it.each([
    ['{"a":', 'is not valid JSON'],
    ['{"a": 1}', 'not an array'],
    ['', 'is not valid JSON'],
  ])('refuses %j, naming the file', async (text, reason) => {
    const path = await fileWith(text);
    const read = readMemoryFile(path);
    await expect(read).rejects.toBeInstanceOf(MemoryFileError);
    await expect(read).rejects.toThrow(`${path}: `);
    await expect(read).rejects.toThrow(reason);
  });

  it('appends without rewriting what is there', () => {
    const text = '[\n    {"hand": "edited",   "kept": true}\n]';
    const file: MemoryFile = { path: 'x', text, entries: [{ hand: 'edited', kept: true }] };
    const result = appendedText(file, [{ run_id: 'r2' }]);
    expect(result.startsWith('[\n    {"hand": "edited",   "kept": true}')).toBe(true);
    expect(JSON.parse(result)).toEqual([{ hand: 'edited', kept: true }, { run_id: 'r2' }]);
  });

  it('starts a new file as a pretty array', () => {
    expect(appendedText({ path: 'x', text: null, entries: [] }, [{ a: 1 }])).toBe(
      '[\n  {\n    "a": 1\n  }\n]\n',
    );
    expect(appendedText({ path: 'x', text: '[]', entries: [] }, [])).toBe('[]\n');
  });

  it('always yields the old entries followed by the new ones', () => {
    const entries = fc.array(fc.jsonValue(), { maxLength: 5 });
    fc.assert(
      fc.property(entries, entries, fc.constantFrom('', '\n', '  \n\n'), (old, added, trailer) => {
        const text = `${JSON.stringify(old, null, 3)}${trailer}`;
        const file: MemoryFile = { path: 'x', text, entries: JSON.parse(text) as unknown[] };
        const result = appendedText(file, added);
        expect(JSON.parse(result)).toEqual(JSON.parse(JSON.stringify([...old, ...added])));
        if (old.length > 0) expect(result.startsWith(text.trimEnd().slice(0, -1).trimEnd())).toBe(true);
      }),
    );
  });
});
