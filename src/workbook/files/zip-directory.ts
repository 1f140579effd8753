/** One entry of a ZIP archive's central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly uncompressedBytes: number;
  /** Where its local header starts. */
  readonly offset: number;
  readonly compressedBytes: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;

/** ASCII text of some bytes (names that matter here are ASCII). */
export function asciiText(b: Uint8Array, from: number, length: number): string {
  let text = '';
  for (let i = from; i < Math.min(from + length, b.length); i += 1) text += String.fromCharCode(b[i] ?? 0);
  return text;
}

function endRecord(b: Uint8Array): number | null {
  const last = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= last; at -= 1) if (u32(b, at) === EOCD) return at;
  return null;
}

/**
 * The entries of a ZIP archive, read from its central directory (ZIP64 too), without inflating
 * anything; `null` when the bytes have no readable directory (a file cut short or damaged).
 *
 * @example zipDirectory(xlsxBytes)?.some((e) => e.name === 'xl/workbook.xml') // true
 */
export function zipDirectory(b: Uint8Array): ZipEntry[] | null {
  const end = endRecord(b);
  if (end === null) return null;
  let count = u16(b, end + 10);
  let at = u32(b, end + 16);
  const locator = end - 20;
  if ((count === 0xffff || at === 0xffffffff) && locator >= 0 && u32(b, locator) === ZIP64_LOCATOR) {
    const record = u64(b, locator + 8);
    if (u32(b, record) !== ZIP64_EOCD) return null;
    count = u64(b, record + 32);
    at = u64(b, record + 48);
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > b.length || u32(b, at) !== CENTRAL) return null;
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    let compressed = u32(b, at + 20);
    let uncompressed = u32(b, at + 24);
    let offset = u32(b, at + 42);
    // ZIP64 extra field: the 8-byte sizes and offset, in that order, for those that overflowed.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
      const id = u16(b, x);
      const size = u16(b, x + 2);
      if (id === 0x0001) {
        let y = x + 4;
        const wide = (): number => {
          const value = u64(b, y);
          y += 8;
          return value;
        };
        if (uncompressed === 0xffffffff) uncompressed = wide();
        if (compressed === 0xffffffff) compressed = wide();
        if (offset === 0xffffffff) offset = wide();
      }
      x += 4 + size;
    }
    entries.push({
      name: asciiText(b, at + 46, nameLength),
      uncompressedBytes: uncompressed,
      compressedBytes: compressed,
      offset,
    });
    at += 46 + nameLength + extraLength + u16(b, at + 32);
  }
  return entries;
}

/**
 * The content of an entry stored without compression (an OpenDocument `mimetype`), as ASCII;
 * `null` when it is compressed or cannot be found.
 *
 * @example storedText(bytes, mimetypeEntry) // 'application/vnd.oasis.opendocument.spreadsheet'
 */
export function storedText(b: Uint8Array, entry: ZipEntry): string | null {
  const at = entry.offset;
  if (u32(b, at) !== LOCAL || u16(b, at + 8) !== 0) return null;
  const data = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  return asciiText(b, data, Math.min(entry.compressedBytes, 200));
}
