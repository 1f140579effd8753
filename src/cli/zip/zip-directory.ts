import { crc32, inflateRawSync } from 'node:zlib';

/** One file of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated (the only methods an Office package uses). */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where the entry's compressed bytes start in the archive. */
  readonly dataOffset: number;
}

/** The bytes are not a readable zip archive; the message says what is wrong. */
export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

function need(ok: boolean, what: string): asserts ok {
  if (!ok) throw new ZipFormatError(what);
}

function endOfCentralDirectory(b: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - MAX16); i--) {
    if (b.readUInt32LE(i) === EOCD) return i;
  }
  throw new ZipFormatError('no end of central directory (the file is cut off or not a zip archive)');
}

/** Count and offset of the central directory, from the ZIP64 record when the classic one overflows. */
function directoryBounds(b: Buffer, eocd: number): { count: number; offset: number } {
  let count = b.readUInt16LE(eocd + 10);
  let offset = b.readUInt32LE(eocd + 16);
  if ((count === MAX16 || offset === MAX32) && eocd >= 20 && b.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const at = Number(b.readBigUInt64LE(eocd - 20 + 8));
    need(
      at + 56 <= b.length && b.readUInt32LE(at) === ZIP64_EOCD,
      'the ZIP64 end of central directory is missing',
    );
    count = Number(b.readBigUInt64LE(at + 32));
    offset = Number(b.readBigUInt64LE(at + 48));
  }
  return { count, offset };
}

/** Sizes and offset that overflow 32 bits are in the entry's ZIP64 extra field, in this order. */
function zip64Values(extra: Buffer, wanted: number): number[] {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const size = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let k = 0; k < wanted && p + 4 + 8 * (k + 1) <= p + 4 + size; k++) {
        values.push(Number(extra.readBigUInt64LE(p + 4 + 8 * k)));
      }
      return values;
    }
    p += 4 + size;
  }
  return [];
}

/**
 * The entries of a zip archive, read from its central directory and checked against each local
 * header (signature, name, where the data lies). Throws `ZipFormatError` naming what is wrong.
 *
 * @example zipEntries(bytes).map((e) => e.name) // ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', …]
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  need(b.length >= 22, `${b.length} bytes is too short for a zip archive`);
  const { count, offset } = directoryBounds(b, endOfCentralDirectory(b));
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let k = 0; k < count; k++) {
    need(
      p + 46 <= b.length && b.readUInt32LE(p) === CENTRAL,
      `central directory entry ${k + 1} of ${count} is damaged`,
    );
    const flags = b.readUInt16LE(p + 8);
    const method = b.readUInt16LE(p + 10);
    const crc32 = b.readUInt32LE(p + 16);
    let compressedSize = b.readUInt32LE(p + 20);
    let size = b.readUInt32LE(p + 24);
    const nameLength = b.readUInt16LE(p + 28);
    const extraLength = b.readUInt16LE(p + 30);
    const commentLength = b.readUInt16LE(p + 32);
    let local = b.readUInt32LE(p + 42);
    need(p + 46 + nameLength <= b.length, `central directory entry ${k + 1} of ${count} is cut off`);
    const name = b.toString('utf8', p + 46, p + 46 + nameLength);
    const extra = b.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
    const big = zip64Values(extra, 3);
    if (size === MAX32) size = big.shift() ?? size;
    if (compressedSize === MAX32) compressedSize = big.shift() ?? compressedSize;
    if (local === MAX32) local = big.shift() ?? local;
    need((flags & 1) === 0, `${name} is encrypted`);
    need(method === 0 || method === 8, `${name} uses compression method ${method}`);
    need(local + 30 <= b.length && b.readUInt32LE(local) === LOCAL, `the local header of ${name} is damaged`);
    const localName = b.readUInt16LE(local + 26);
    const localExtra = b.readUInt16LE(local + 28);
    need(
      b.toString('utf8', local + 30, local + 30 + localName) === name,
      `the local header of ${name} names another file`,
    );
    const dataOffset = local + 30 + localName + localExtra;
    need(dataOffset + compressedSize <= b.length, `${name} is cut off`);
    entries.push({ name, method, crc32, compressedSize, size, dataOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The uncompressed bytes of one entry, checked: their length and CRC-32 must be the directory's.
 *
 * @example zipEntryBytes(bytes, zipEntries(bytes)[0]).toString('utf8') // '<?xml …'
 */
export function zipEntryBytes(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const raw = b.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let data: Buffer;
  try {
    data = entry.method === 0 ? raw : inflateRawSync(raw);
  } catch (e) {
    throw new ZipFormatError(
      `${entry.name} does not decompress (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  need(data.length === entry.size, `${entry.name} decompresses to ${data.length} bytes, not ${entry.size}`);
  need(crc32(data) === entry.crc32, `${entry.name} fails its CRC-32 check`);
  return data;
}
