/**
 * Unpacks a raw DEFLATE stream: `node:zlib` in the CLI, the browser's `DecompressionStream` in the
 * pane. Rejects when the data is damaged or unpacks to more than `limit` bytes (a part lying about
 * its size, as a zip bomb does, is stopped there rather than filling the memory).
 */
export type InflateRaw = (compressed: Uint8Array, limit: number) => Promise<Uint8Array>;

/** One file of a zip archive, as its central directory describes it. */
export interface ZipFile {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

/** Why a zip archive cannot be read. */
export type ZipProblem = 'not_a_zip' | 'zip64' | 'encrypted' | 'unsupported' | 'too_large';

/**
 * A part unpacking to more than this is refused (`too_large`). A sheet of a 200,000-row export is
 * about 40 MB; this leaves room for Excel's full 1,048,576 rows while staying under the longest
 * string JavaScript can hold (2^29 characters), which the part is decoded into.
 */
export const MAX_PART_BYTES = 500 * 1024 * 1024;

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip: ${problem}`);
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;

function endOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new ZipError('not_a_zip');
}

/**
 * The files of a zip archive held in memory, by name (lower-cased: Office part names ignore case;
 * `\` separators, which some writers use, as `/`), from its central directory. Zip64 archives and encrypted entries are refused.
 *
 * @example zipDirectory(bytes).get('xl/workbook.xml')?.method // 8
 */
export function zipDirectory(bytes: Uint8Array): Map<string, ZipFile> {
  if (bytes.byteLength < 22) throw new ZipError('not_a_zip');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('zip64');
  const names = new TextDecoder('utf-8');
  const files = new Map<string, ZipFile>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new ZipError('not_a_zip');
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const file: ZipFile = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    };
    if ((flags & 1) !== 0) throw new ZipError('encrypted');
    files.set(file.name.replace(/\\/g, '/').toLowerCase(), file);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return files;
}

/**
 * A file's bytes, unpacked. A part bigger than `MAX_PART_BYTES` is refused before it is unpacked;
 * data that does not unpack to exactly the size the directory gives is a damaged file.
 *
 * @example new TextDecoder().decode(await unzipFile(bytes, file, inflate)).startsWith('<?xml') // true
 */
export async function unzipFile(bytes: Uint8Array, file: ZipFile, inflate: InflateRaw): Promise<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = file.localHeader;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER)
    throw new ZipError('not_a_zip');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + file.compressedSize > bytes.byteLength) throw new ZipError('not_a_zip');
  const data = bytes.subarray(start, start + file.compressedSize);
  if (file.size > MAX_PART_BYTES) throw new ZipError('too_large');
  if (file.method === 0) {
    if (file.compressedSize !== file.size) throw new ZipError('not_a_zip');
    return data;
  }
  if (file.method !== 8) throw new ZipError('unsupported');
  let unpacked: Uint8Array;
  try {
    unpacked = await inflate(data, file.size);
  } catch {
    throw new ZipError('not_a_zip');
  }
  if (unpacked.byteLength !== file.size) throw new ZipError('not_a_zip');
  return unpacked;
}
