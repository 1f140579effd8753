import { readFile } from 'node:fs/promises';

/** A memory file that is not a JSON array: the run stops and the file is never overwritten. */
export class MemoryFileError extends Error {
  override readonly name = 'MemoryFileError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}; fix or move this file (it is never overwritten), then run again`);
  }
}

/** A memory file as read: its entries and its exact text (`null` when it does not exist). */
export interface MemoryFile {
  readonly path: string;
  readonly text: string | null;
  readonly entries: readonly unknown[];
}

/**
 * Reads a memory file (a JSON array). A missing file is an empty array; anything else that is not
 * a JSON array is a `MemoryFileError` naming the file.
 *
 * @example (await readMemoryFile('memory/learnings.json')).entries.length // 12
 */
export async function readMemoryFile(path: string): Promise<MemoryFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { path, text: null, entries: [] };
    throw new MemoryFileError(path, `cannot be read (${code ?? String(e)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new MemoryFileError(path, `is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!Array.isArray(parsed)) throw new MemoryFileError(path, 'is valid JSON but not an array');
  return { path, text, entries: parsed as unknown[] };
}

function indented(entry: unknown): string {
  return JSON.stringify(entry, null, 2)
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/**
 * The text of a memory file with `additions` appended. The existing text is kept byte for byte
 * (only the closing bracket moves), so earlier entries are never rewritten.
 *
 * @example appendedText('[\n  1\n]\n', [2]) // '[\n  1,\n  2\n]\n'
 */
export function appendedText(file: MemoryFile, additions: readonly unknown[]): string {
  const added = additions.map(indented).join(',\n');
  if (file.text === null || file.entries.length === 0) {
    return additions.length === 0 ? '[]\n' : `[\n${added}\n]\n`;
  }
  if (additions.length === 0) return file.text;
  const close = file.text.lastIndexOf(']');
  const head = file.text.slice(0, close).replace(/\s+$/, '');
  const result = `${head},\n${added}\n]\n`;
  const check = JSON.parse(result) as unknown[];
  if (check.length !== file.entries.length + additions.length) {
    throw new Error(`appending to ${file.path} would not keep its entries`);
  }
  return result;
}

/**
 * The check of a staged memory file, read back from disk before it replaces the old one: a JSON
 * array of `entries` entries (docs/cli.md, "Files").
 *
 * @example await stageFile(path, text, { verify: verifyMemoryText(3) });
 */
export function verifyMemoryText(entries: number): (bytes: Uint8Array) => void {
  return (bytes) => {
    const parsed = JSON.parse(
      Buffer.from(bytes)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    ) as unknown;
    if (!Array.isArray(parsed)) throw new Error('it is not a JSON array');
    if (parsed.length !== entries) throw new Error(`it holds ${parsed.length} entries, not ${entries}`);
  };
}
