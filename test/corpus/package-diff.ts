import JSZip from 'jszip';

/** The parts of an OPC package (an `.xlsx`): name → uncompressed bytes. Folder entries are left out. */
export type Parts = ReadonlyMap<string, Uint8Array>;

/**
 * Reads every part of a package, uncompressed.
 *
 * @example const parts = await readParts(await readFile('budget.xlsx')); parts.get('xl/workbook.xml')
 */
export async function readParts(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts.set(entry.name, await entry.async('uint8array'));
  }
  return parts;
}

/** Part by part: what a write added, removed and changed (by uncompressed bytes), and what it kept. */
export interface PartDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  readonly unchanged: readonly string[];
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
}

/**
 * Compares two packages part by part, each list sorted by part name.
 *
 * @example diffParts(before, after) // { added: ['xl/worksheets/sheet2.xml'], removed: [], changed: ['xl/workbook.xml'], unchanged: [...] }
 */
export function diffParts(before: Parts, after: Parts): PartDiff {
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const [name, bytes] of before) {
    const now = after.get(name);
    if (now === undefined) removed.push(name);
    else (sameBytes(bytes, now) ? unchanged : changed).push(name);
  }
  for (const name of after.keys()) if (!before.has(name)) added.push(name);
  return {
    added: added.sort(),
    removed: removed.sort(),
    changed: changed.sort(),
    unchanged: unchanged.sort(),
  };
}

/** A part's text (UTF-8, or UTF-16 with its byte-order mark, as XML parts may be stored). */
export function partText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
