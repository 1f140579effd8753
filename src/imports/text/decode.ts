/** The text encodings an export may come in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Bytes kept before choosing an encoding when the file has no byte-order mark. */
const SNIFF_BYTES = 64 * 1024;

export interface ChunkDecoder {
  /** Text decoded so far from this chunk (may be empty while the encoding is still being chosen). */
  push(chunk: Uint8Array): string;
  /** The rest of the text. */
  end(): string;
  /** The encoding in use, once chosen. */
  encoding(): TextEncoding | null;
  /** The first bytes are a zip archive (an .xlsx workbook) or plainly binary. */
  binary(): 'xlsx' | 'binary' | null;
}

/** What is used of a `TextDecoder` (named here because the CLI's build has no DOM types). */
interface TextStreamDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function bomOf(b: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Without a BOM: UTF-16 shows as zero bytes in every other position; invalid UTF-8 means Windows-1252. */
function guessEncoding(b: Uint8Array): TextEncoding {
  const n = Math.min(b.length, 4096) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  if (n >= 4 && oddZeros > n / 4 && evenZeros === 0) return 'utf-16le';
  if (n >= 4 && evenZeros > n / 4 && oddZeros === 0) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

function binaryKind(b: Uint8Array, encoding: TextEncoding): 'xlsx' | 'binary' | null {
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'xlsx';
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return null;
  const n = Math.min(b.length, 4096);
  for (let i = 0; i < n; i++) if (b[i] === 0) return 'binary';
  return null;
}

/**
 * A streaming decoder: feed it the file's chunks in order, it returns text. It reads the byte-order
 * mark (UTF-8, UTF-16LE, UTF-16BE); without one it looks at the first 64 KB (UTF-16 by its zero
 * bytes, else UTF-8 when valid, else Windows-1252). A character split across chunks is kept whole.
 *
 * @example
 * const d = createChunkDecoder();
 * d.push(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) + d.end() // 'A' (UTF-16LE)
 */
export function createChunkDecoder(): ChunkDecoder {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let decoder: TextStreamDecoder | null = null;
  let chosen: TextEncoding | null = null;
  let kind: 'xlsx' | 'binary' | null = null;

  const choose = (): string => {
    const bytes = concat(pending);
    pending = [];
    const bom = bomOf(bytes);
    chosen = bom?.encoding ?? guessEncoding(bytes);
    kind = bom === null ? binaryKind(bytes, chosen) : null;
    decoder = new TextDecoder(chosen, { ignoreBOM: true });
    return decoder.decode(bytes.subarray(bom?.length ?? 0), { stream: true });
  };

  return {
    push(chunk) {
      if (decoder !== null) return decoder.decode(chunk, { stream: true });
      pending.push(chunk);
      pendingBytes += chunk.length;
      return pendingBytes >= SNIFF_BYTES ? choose() : '';
    },
    end() {
      const head = decoder === null ? choose() : '';
      return head + (decoder?.decode() ?? '');
    },
    encoding: () => chosen,
    binary: () => kind,
  };
}
